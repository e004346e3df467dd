#!/usr/bin/env python3
"""Generate blind RKA review set 'review37' (deterministic)."""
import random, json, os, io, math, csv
from fractions import Fraction as F
from catalog_data import ACC, WRONG, WRONG_SPECIFIC, ALSO_OK, SSH_CORE, SBU_CORE, NOREF, SSH_FILL, SBU_FILL, PROVS

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(OUT, 'data')
SSH_FILE = 'SSH_Kota_Samarinda_TA2027.xlsx'
SBU_FILE = 'SBU_Kota_Samarinda_TA2027.pdf'
R = random.Random(37037)
LABELS = ['OVERPRICED', 'NO_PRICE_REFERENCE', 'OFF_TARGET', 'ARITHMETIC', 'DUPLICATE', 'ACCOUNT_MISMATCH']
OVER_MARGIN = F(105, 100)

def idr(n):
    s = f"{int(n):,}".replace(',', '.')
    return s

# ---------------------------------------------------------------- catalogues
SSH_CATS = [('ATK', 'ALAT TULIS KANTOR', '1.1.7.01.01.01'), ('KERTAS', 'KERTAS DAN COVER', '1.1.7.01.01.02'),
            ('KOMP', 'BAHAN KOMPUTER', '1.1.7.01.01.05'), ('LISTRIK', 'ALAT LISTRIK DAN BATERAI', '1.1.7.01.01.06'),
            ('CETAK', 'BAHAN CETAK DAN PENGGANDAAN', '1.1.7.01.01.04'), ('BAHAN', 'BAHAN PRAKTIK / PELATIHAN', '1.1.7.01.03.01'),
            ('PAKAIAN', 'PAKAIAN DAN ATRIBUT', '1.1.7.01.04.01'), ('RT', 'ALAT RUMAH TANGGA DAN KEBERSIHAN', '1.1.7.01.01.07'),
            ('MODAL', 'PERALATAN DAN MESIN (ASET TETAP)', '1.3.2.05.01.01')]
SBU_SECS = [('HONOR', 'A', 'HONORARIUM'), ('TRANS', 'B', 'TRANSPORT PESERTA'), ('PD', 'C', 'PERJALANAN DINAS'),
            ('MAMIN', 'D', 'KONSUMSI RAPAT / KEGIATAN'), ('SEWA', 'E', 'SEWA GEDUNG, KENDARAAN DAN PERALATAN'),
            ('JASA', 'F', 'JASA, PUBLIKASI DAN LANGGANAN')]

ITEMS = {}
ssh_rows = []
for k, v in SSH_CORE.items():
    cat, nama, spek, sat, harga, acct, group, aliases, koef = v
    ssh_rows.append(dict(key=k, cat=cat, nama=nama, spek=spek, satuan=sat, harga=harga))
    ITEMS[k] = dict(src='SSH', file=SSH_FILE, nama=nama + (', ' + spek if spek else ''), satuan=sat, harga=harga,
                    acct=acct, group=group, aliases=aliases, koef=koef)
for (cat, nama, spek, sat, harga) in SSH_FILL:
    ssh_rows.append(dict(key=None, cat=cat, nama=nama, spek=spek, satuan=sat, harga=harga))
ssh_sorted = []
for cat, title, pref in SSH_CATS:
    rows = sorted([r for r in ssh_rows if r['cat'] == cat], key=lambda r: (r['nama'], r['spek']))
    for i, r in enumerate(rows, 1):
        r['kode'] = f"{pref}.{i:03d}"
        if r['key']:
            ITEMS[r['key']]['kode'] = r['kode']
    ssh_sorted.append((title, rows))

sbu_rows = []
for k, v in SBU_CORE.items():
    sec, ur, sat, harga, acct, group, aliases, koef = v
    if k in ('fullday', 'sewa_aula200'):
        group = 'venue'
    sbu_rows.append(dict(key=k, sec=sec, uraian=ur, satuan=sat, harga=harga))
    ITEMS[k] = dict(src='SBU', file=SBU_FILE, nama=ur, satuan=sat, harga=harga, acct=acct, group=group,
                    aliases=aliases, koef=koef)
for (sec, ur, sat, harga) in SBU_FILL:
    sbu_rows.append(dict(key=None, sec=sec, uraian=ur, satuan=sat, harga=harga))
PENG = ['DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta', 'Jawa Timur', 'Bali', 'Sulawesi Selatan',
        'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Kalimantan Tengah', 'Banten']
for (p, uh, p1, p2, p3) in PROVS:
    sbu_rows.append(dict(key=None, sec='PD', uraian=f'Uang harian perjalanan dinas luar kota - Provinsi {p}', satuan='OH', harga=uh))
for (p, uh, p1, p2, p3) in PROVS:
    if p in PENG:
        for lvl, val in (('Pejabat Eselon II', p1), ('Pejabat Eselon III/IV, Golongan IV', p2), ('Golongan I/II/III dan Non-ASN', p3)):
            sbu_rows.append(dict(key=None, sec='PD', uraian=f'Biaya penginapan - Provinsi {p} - {lvl}', satuan='Orang/Malam', harga=val))
sbu_sorted = []
for sec, letter, title in SBU_SECS:
    rows = [r for r in sbu_rows if r['sec'] == sec]
    for i, r in enumerate(rows, 1):
        r['kode'] = f"SBU-{letter}.{i:03d}"
        if r['key']:
            ITEMS[r['key']]['kode'] = r['kode']
    sbu_sorted.append((letter + '. ' + title, rows))

# ---------------------------------------------------------------- sub-kegiatan
GEN_NOREF = ['kertas_a3_80', 'fd_256', 'hdd_4tb', 'seminar_kit', 'plakat', 'banner_roll', 'meja_lipat']
GEN_OFF = [('batik', 'Kemeja batik seragam pegawai (HUT instansi)'), ('kalender', 'Kalender dinding instansi 2027'),
           ('sewa_bus45', 'Sewa bus 45 seat - rekreasi keluarga pegawai'), ('kursi_kerja', 'Kursi kerja staf beroda (ruang Sekretariat)'),
           ('tiket_dps', 'Tiket pesawat Balikpapan-Denpasar PP (outing pegawai)'), ('ac_1pk', 'AC split 1 PK untuk ruang Kepala'),
           ('sewa_panggung', 'Sewa panggung rigging 8x6 - malam keakraban pegawai')]

SUBS = [
 # file F1 Dispar
 dict(file='F1', code='2.16.02.1.01.0003', name='Penyelenggaraan Event Pariwisata Skala Kabupaten/Kota (Festival Mahakam 2027)',
      ind='Jumlah event pariwisata skala kota yang diselenggarakan: 2 event', n=22,
      pool=['hon_mc', 'hon_panitia', 'hon_es3', 'nasi_kotak', 'snack', 'air_botol', 'sewa_panggung', 'sewa_sound5k', 'sewa_tenda', 'sewa_kursi',
            'sewa_genset', 'cetak_backdrop', 'cetak_baliho', 'cetak_spanduk', 'xbanner', 'kaos_panitia', 'undangan', 'jasa_dok', 'iklan_radio',
            'name_tag', 'baterai_aa', 'lakban', 'stopkontak', 'sewa_mpv', 'cetak_brosur', 'hon_mod'],
      noref=['videotron', 'kostum', 'banner_roll', 'plakat', 'meja_lipat'],
      off=[('laptop_i5', 'Laptop core i5/8GB untuk staf Sekretariat Dinas'), ('batik', 'Kemeja batik seragam pegawai Dinas'),
           ('tiket_dps', 'Tiket pesawat Balikpapan-Denpasar PP (studi banding pegawai)'), ('kalender', 'Kalender dinding Dinas Pariwisata 2027'),
           ('penggandaan_200', 'Penggandaan dokumen Renstra Dinas 2026-2031')]),
 dict(file='F1', code='2.16.02.2.01.0002', name='Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota',
      ind='Jumlah media promosi pariwisata yang diproduksi/ditayangkan: 12 media', n=22,
      pool=['video_promo', 'iklan_koran', 'iklan_radio', 'cetak_brosur', 'xbanner', 'cetak_baliho', 'jasa_dok', 'fd_64', 'hdd_2tb', 'kertas_foto',
            'tiket_jkt', 'taksi_bdr', 'nasi_kotak', 'snack', 'hon_nonasn', 'tinta_warna', 'sewa_mpv', 'hon_mod', 'undangan', 'kertas_a4_80', 'kamera'],
      noref=['drone', 'influencer', 'kapal', 'peta_a2', 'penerjemah', 'booth_jkt'],
      off=[('ac_15pk', 'AC split 1,5 PK untuk ruang Kepala Dinas'), ('elektroda26', 'Kawat las elektroda 2,6 mm'),
           ('hon_pendata', 'Honor tenaga pendata pajak hotel dan restoran'), ('kursi_kerja', 'Kursi kerja staf beroda (ruang Bidang)'),
           ('gula', 'Gula pasir untuk dapur kantor')]),
 # F2 Disnaker (3 sheets)
 dict(file='F2', code='2.07.03.1.01.0001', name='Pelaksanaan Pelatihan berdasarkan Unit Kompetensi (Pelatihan Juru Las SMAW 3G)',
      ind='Jumlah peserta pelatihan berbasis kompetensi: 32 orang', n=15, sheet='1. Pelatihan Las',
      pool=['hon_instruktur', 'elektroda26', 'plat_besi2', 'gerinda', 'sarung_las', 'nasi_kotak', 'snack', 'uang_transport', 'cetak_sertifikat',
            'name_tag', 'blocknote', 'pulpen_gel', 'cetak_spanduk', 'hon_panitia', 'jasa_dok', 'undangan', 'map_snel', 'kertas_a4_70'],
      noref=['apd_las', 'seminar_kit', 'apar'],
      off=[('batik', 'Kemeja batik seragam pegawai Disnaker'), ('sewa_bus45', 'Sewa bus 45 seat - rekreasi keluarga pegawai'),
           ('iklan_koran', 'Advertorial ucapan HUT Kota di koran lokal'), ('tepung', 'Tepung terigu (konsumsi dapur kantor)')]),
 dict(file='F2', code='2.07.04.1.01.0003', name='Pelayanan Antarkerja di Daerah Kabupaten/Kota (Job Fair Samarinda 2027)',
      ind='Jumlah pencari kerja yang difasilitasi bursa kerja: 1.500 orang', n=15, sheet='2. Job Fair',
      pool=['sewa_aula200', 'sewa_sound2k', 'sewa_kursi', 'sewa_tenda', 'cetak_spanduk', 'cetak_baliho', 'xbanner', 'iklan_radio', 'cetak_brosur',
            'nasi_kotak', 'snack', 'air_gelas', 'hon_mc', 'hon_panitia', 'jasa_dok', 'name_tag', 'kaos_panitia', 'stopkontak', 'undangan', 'sewa_genset'],
      noref=['stand_jobfair', 'wifi_event', 'kartu_kuning', 'meja_lipat', 'banner_roll'],
      off=[('laptop_i5', 'Laptop core i5 untuk Kepala Bidang'), ('tiket_sby', 'Tiket pesawat BPN-SUB PP (studi banding pejabat)'),
           ('gula', 'Gula pasir (pantry kantor)'), ('kalender', 'Kalender dinding Disnaker 2027')]),
 dict(file='F2', code='2.07.02.1.01.0001', name='Penyusunan Rencana Tenaga Kerja (RTK) Daerah Kota',
      ind='Jumlah dokumen Rencana Tenaga Kerja yang disusun: 1 dokumen', n=15, sheet='3. RTK',
      pool=['hon_es2', 'hon_mod', 'fullday', 'nasi_kotak', 'snack', 'kertas_a4_80', 'penggandaan_100', 'toner_85a', 'fd_32', 'hon_verif',
            'uh_dk', 'sewa_mpv', 'map_snel', 'pulpen_gel', 'ordner', 'hon_pendata', 'tinta_hitam', 'paket_data', 'undangan'],
      noref=['survei_app', 'tablet', 'hdd_4tb', 'kertas_a3_80'],
      off=[('sewa_panggung', 'Sewa panggung rigging 8x6 (malam hiburan pegawai)'), ('kaos_panitia', 'Kaos olahraga Jumat sehat pegawai'),
           ('ac_1pk', 'AC split 1 PK ruang rapat Kepala Dinas'), ('cangkul', 'Cangkul + gagang (taman kantor)')]),
 # F3 Disperin blocks
 dict(file='F3', code='3.31.03.1.01.0002', name='Pembinaan Industri Kecil dan Menengah (IKM) Olahan Pangan', block='A',
      ind='Jumlah IKM olahan pangan yang dibina: 40 IKM', n=20,
      pool=['hon_instruktur', 'hon_es3', 'tepung', 'gula', 'minyak', 'mentega', 'pouch', 'nasi_kotak', 'snack', 'uang_transport', 'cetak_sertifikat',
            'name_tag', 'blocknote', 'pulpen_gel', 'cetak_spanduk', 'jasa_dok', 'kertas_a4_70', 'hon_panitia', 'undangan', 'air_gelas'],
      noref=['oven', 'sealer', 'lab', 'seminar_kit'],
      off=[('tiket_dps', 'Tiket pesawat Balikpapan-Denpasar PP (study tour pegawai)'), ('batik', 'Kemeja batik seragam pegawai'),
           ('kursi_kerja', 'Kursi kerja ruang Sekretaris Dinas'), ('iklan_radio', 'Spot iklan radio ucapan HUT Dinas'),
           ('elektroda26', 'Kawat las elektroda 2,6 mm')]),
 dict(file='F3', code='3.31.03.1.02.0001', name='Fasilitasi Sertifikasi Halal dan Pendaftaran HKI bagi IKM', block='B',
      ind='Jumlah IKM yang difasilitasi sertifikasi halal/merek: 60 IKM', n=20,
      pool=['hon_nonasn', 'hon_mod', 'fullday', 'nasi_kotak', 'snack', 'kertas_a4_80', 'map_snel', 'ordner', 'toner_85a', 'fd_32', 'uh_dk',
            'sewa_mpv', 'penggandaan_100', 'cetak_brosur', 'hon_verif', 'paket_data', 'undangan', 'tinta_warna', 'amplop_90', 'staples_isi'],
      noref=['halal', 'merek', 'lab', 'plakat'],
      off=[('sewa_bus45', 'Sewa bus 45 seat - wisata religi pegawai'), ('kalender', 'Kalender dinding Disperin 2027'),
           ('gerinda', 'Batu gerinda potong 4 inch'), ('sewa_panggung', 'Sewa panggung rigging 8x6 (HUT Dinas)')]),
 # F4 Bapenda CSV
 dict(file='F4', code='5.02.02.1.01.0001', name='Pendataan dan Pendaftaran Objek Pajak Daerah',
      ind='Jumlah objek pajak daerah (PBJT dan reklame) yang terdata: 2.500 objek', n=20,
      pool=['hon_pendata', 'hon_verif', 'rompi', 'paket_data', 'uh_dk', 'sewa_mpv', 'name_tag', 'kertas_a4_70', 'map_snel', 'ordner', 'toner_85a',
            'fd_64', 'baterai_aa', 'nasi_kotak', 'snack', 'penggandaan_100', 'pulpen_gel', 'blocknote', 'lakban', 'amplop_90', 'mouse'],
      noref=['tablet', 'gps', 'printer_thermal', 'survei_app', 'fd_256'],
      off=[('kaos_panitia', 'Kaos jalan sehat HUT Bapenda'), ('sewa_panggung', 'Sewa panggung rigging 8x6 (malam apresiasi WP)'),
           ('video_promo', 'Produksi video promosi wisata kuliner'), ('kursi_kerja', 'Kursi kerja ruang Kepala Badan')]),
 dict(file='F4', code='5.02.02.1.02.0002', name='Sosialisasi dan Penyuluhan Pajak Daerah',
      ind='Jumlah wajib pajak yang mendapat sosialisasi: 600 WP', n=20,
      pool=['hon_es2', 'hon_mod', 'hon_mc', 'sewa_aula200', 'nasi_kotak', 'snack', 'air_gelas', 'cetak_brosur', 'cetak_spanduk', 'cetak_baliho',
            'xbanner', 'iklan_radio', 'iklan_koran', 'undangan', 'jasa_dok', 'sewa_sound2k', 'sewa_lcd', 'hon_panitia', 'name_tag', 'kaos_panitia'],
      noref=['banner_roll', 'seminar_kit', 'plakat', 'wifi_event'],
      off=[('ac_15pk', 'AC split 1,5 PK ruang kerja Kabid'), ('elektroda26', 'Kawat las elektroda 2,6 mm'),
           ('batik', 'Kemeja batik seragam pegawai Bapenda'), ('tiket_dps', 'Tiket pesawat BPN-DPS PP (studi banding ke Bali)'),
           ('cangkul', 'Cangkul + gagang')]),
 # F5 Bappeda SIPD
 dict(file='F5', code='5.01.02.1.01.0003', name='Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD) Kota Samarinda Tahun 2028',
      ind='Jumlah dokumen RKPD yang tersusun: 1 dokumen', n=22,
      pool=['hon_es2', 'hon_mod', 'fullday', 'nasi_kotak', 'snack', 'kertas_a4_80', 'kertas_f4_70', 'penggandaan_200', 'toner_85a', 'tinta_hitam',
            'fd_32', 'map_snel', 'ordner', 'pulpen_gel', 'blocknote', 'spidol_wb', 'sewa_lcd', 'uh_dk', 'undangan', 'tiket_jkt', 'taksi_bdr',
            'hon_panitia', 'amplop_90', 'jasa_dok'],
      noref=['kertas_a3_80', 'hdd_4tb', 'plakat', 'seminar_kit'],
      off=[('sewa_panggung', 'Sewa panggung rigging 8x6 (malam apresiasi)'), ('kaos_panitia', 'Kaos olahraga Jumat sehat pegawai'),
           ('gula', 'Gula pasir (pantry kantor)'), ('sewa_bus45', 'Sewa bus 45 seat - wisata religi pegawai'),
           ('cangkul', 'Cangkul + gagang (kebun kantor)')]),
 dict(file='F5', code='5.01.05.1.01.0001', name='Monitoring dan Evaluasi Pelaksanaan Pembangunan Daerah',
      ind='Jumlah laporan monitoring dan evaluasi pelaksanaan RKPD: 4 laporan', n=22,
      pool=['uh_dk', 'sewa_mpv', 'hon_verif', 'hon_pendata', 'paket_data', 'kertas_a4_70', 'penggandaan_100', 'toner_85a', 'fd_64', 'hdd_1tb',
            'nasi_kotak', 'snack', 'hon_es3', 'hon_mod', 'baterai_aa', 'map_snel', 'ordner', 'blocknote', 'sewa_lcd', 'undangan', 'tinta_warna', 'mouse'],
      noref=['survei_app', 'gps', 'tablet', 'drone'],
      off=[('cetak_baliho', 'Baliho ucapan HUT Kota 4 x 6 m'), ('sewa_sound5k', 'Sewa sound system 5000 W (lomba karaoke pegawai)'),
           ('tepung', 'Tepung terigu (lomba masak Dharma Wanita)'), ('ac_1pk', 'AC split 1 PK ruang Sekretaris'),
           ('iklan_radio', 'Spot iklan radio promosi festival kuliner')]),
 # F6 Kecamatan scan
 dict(file='F6', code='7.01.01.1.03.0001', name='Penyelenggaraan Musyawarah Perencanaan Pembangunan (Musrenbang) Kecamatan',
      ind='Jumlah dokumen hasil Musrenbang Kecamatan: 1 dokumen', n=30,
      pool=['hon_es2', 'hon_mod', 'hon_mc', 'hon_panitia', 'nasi_kotak', 'snack', 'air_gelas', 'sewa_tenda', 'sewa_kursi', 'sewa_sound2k', 'sewa_lcd',
            'cetak_spanduk', 'cetak_backdrop', 'undangan', 'penggandaan_100', 'kertas_a4_70', 'map_snel', 'pulpen_gel', 'blocknote', 'name_tag',
            'jasa_dok', 'uh_dk', 'toner_85a', 'fd_32', 'tinta_hitam', 'amplop_90', 'lakban', 'spidol_wb', 'stopkontak'],
      noref=['hon_fasil', 'meja_lipat', 'plakat', 'seminar_kit', 'banner_roll'],
      off=[('sapu_lidi', 'Sapu lidi bergagang (kerja bakti)'), ('kursi_kerja', 'Kursi kerja ruang Camat'),
           ('batik', 'Kemeja batik seragam staf kecamatan'), ('tiket_dps', 'Tiket pesawat Balikpapan-Denpasar PP (studi banding Ketua RT)'),
           ('sewa_panggung', 'Panggung hiburan rigging 8x6 (malam hiburan)'), ('elektroda26', 'Kawat las elektroda 2,6 mm')]),
 # F8 Dispusip phone photo
 dict(file='F8', code='2.24.02.1.01.0003', name='Pembinaan Kearsipan bagi Perangkat Daerah (Bimtek Pengelolaan Arsip Dinamis)',
      ind='Jumlah perangkat daerah yang dibina kearsipannya: 40 PD', n=22,
      pool=['hon_es3', 'hon_mod', 'fullday', 'nasi_kotak', 'snack', 'ordner', 'map_snel', 'kertas_a4_80', 'toner_85a', 'hdd_1tb', 'fd_32',
            'cetak_sertifikat', 'name_tag', 'blocknote', 'pulpen_gel', 'undangan', 'penggandaan_100', 'uh_dk', 'jasa_dok', 'lakban', 'spidol_wb'],
      noref=['boks_arsip', 'shredder', 'seminar_kit', 'hdd_4tb'],
      off=[('sewa_bus45', 'Sewa bus 45 seat - rekreasi keluarga pegawai'), ('kaos_panitia', 'Kaos olahraga Jumat sehat pegawai'),
           ('tepung', 'Tepung terigu (lomba kue HUT Dinas)'), ('ac_15pk', 'AC split 1,5 PK ruang Kepala Dinas')]),
 # F7 Kecamatan no-rules PDF
 dict(file='F7', code='7.01.01.1.06.0001', name='Pelaksanaan Kegiatan Kebersihan Lingkungan dan Kerja Bakti Kelurahan',
      ind='Jumlah kegiatan kerja bakti/kebersihan lingkungan: 12 kegiatan', n=30,
      pool=['kantong_sampah', 'sapu_lidi', 'cangkul', 'nasi_kotak', 'snack', 'air_gelas', 'kaos_panitia', 'rompi', 'cetak_spanduk', 'baterai_aa',
            'hon_panitia', 'uh_dk', 'jasa_dok', 'sewa_tenda', 'sewa_sound2k', 'undangan', 'lakban', 'kertas_a4_70', 'map_snel', 'sewa_mpv',
            'stopkontak', 'hon_mc', 'xbanner', 'pulpen_gel', 'fd_32'],
      noref=['pikap', 'hon_juri', 'apar', 'senter_ll', 'ht'],
      off=[('laptop_i5', 'Laptop untuk Sekretaris Camat'), ('tiket_jkt', 'Tiket pesawat BPN-CGK PP (bimtek kearsipan)'),
           ('iklan_koran', 'Advertorial profil Camat di koran lokal'), ('fullday', 'Paket fullday hotel *3 rapat kerja staf kecamatan'),
           ('kamera', 'Kamera mirrorless untuk humas kecamatan')]),
]

FILES = {
 'F1': dict(name='RKA_Dispar_2027.xlsx', opd='Dinas Pariwisata Kota Samarinda', layout='xlsx_merged_header_hidden_helper', ppn=False,
            orgcode='2.16.0.00.0.00.01.0000'),
 'F2': dict(name='RKA_Disnaker_TA2027_per_subkeg.xlsx', opd='Dinas Tenaga Kerja Kota Samarinda', layout='xlsx_sheet_per_subkeg_text_prices', ppn=False,
            orgcode='2.07.0.00.0.00.01.0000'),
 'F3': dict(name='RKA_Disperin_2027_blok.xlsx', opd='Dinas Perindustrian Kota Samarinda', layout='xlsx_blocks_numbering_restart', ppn=False,
            orgcode='3.31.0.00.0.00.01.0000'),
 'F4': dict(name='export_rka_bapenda_2027.csv', opd='Badan Pendapatan Daerah Kota Samarinda', layout='csv_sipd_export_semicolon', ppn=True,
            orgcode='5.02.0.00.0.00.01.0000'),
 'F5': dict(name='RKA_Bappeda_2027_SIPD.pdf', opd='Badan Perencanaan Pembangunan Daerah Kota Samarinda', layout='pdf_sipd_born_digital', ppn=True,
            orgcode='5.01.5.05.0.00.01.0000'),
 'F6': dict(name='RKA_Kec_LoaJananIlir_Musrenbang_scan.pdf', opd='Kecamatan Loa Janan Ilir', layout='scan_2pages_second_upside_down', ppn=False,
            orgcode='7.01.0.00.0.00.09.0000'),
 'F8': dict(name='RKA_Dispusip_2027_foto_hp.jpg', opd='Dinas Perpustakaan dan Kearsipan Kota Samarinda', layout='phone_photo_jpg', ppn=False,
            orgcode='2.24.0.00.0.00.01.0000'),
 'F7': dict(name='RKA_Kec_LoaJananIlir_Kebersihan.pdf', opd='Kecamatan Loa Janan Ilir', layout='pdf_no_ruling_continued_no_header', ppn=False,
            orgcode='7.01.0.00.0.00.09.0000'),
}

# ---------------------------------------------------------------- label deck
PAIRS = [('OVERPRICED', 'ARITHMETIC'), ('OVERPRICED', 'ACCOUNT_MISMATCH'), ('ARITHMETIC', 'ACCOUNT_MISMATCH'), ('DUPLICATE', 'ARITHMETIC'),
         ('DUPLICATE', 'OVERPRICED'), ('NO_PRICE_REFERENCE', 'ARITHMETIC'), ('NO_PRICE_REFERENCE', 'ACCOUNT_MISMATCH'),
         ('OFF_TARGET', 'OVERPRICED'), ('OFF_TARGET', 'ARITHMETIC'), ('OFF_TARGET', 'ACCOUNT_MISMATCH')]
TARGET = 35
NTOT = sum(s['n'] for s in SUBS)

def make_deck(rng):
    deck = []
    for i, p in enumerate(PAIRS):
        for _ in range(3 if i >= 4 else 4):
            deck.append(list(p))
    cnt = {l: sum(l in d for d in deck) for l in LABELS}
    for l in LABELS:
        deck += [[l]] * (TARGET - cnt[l])
    deck += [[] for _ in range(NTOT - len(deck))]
    rng.shuffle(deck)
    return deck

def gen_koef(rng, pat, unit, factor):
    t = pat[0]
    if t == 'qty':
        lo, hi = pat[1], pat[2]
        if factor < 1:
            lo, hi = int(lo / factor / 2), int(hi / factor / 2)
        elif factor > 1:
            lo, hi = max(1, round(lo / factor)), max(1, round(hi / factor))
        return [[rng.randint(lo, hi), unit]]
    if t == 'oj': return [[rng.randint(pat[1], pat[2]), 'Orang'], [rng.randint(pat[3], pat[4]), 'Jam']]
    if t == 'ok': return [[rng.randint(pat[1], pat[2]) // 5 * 5 or rng.randint(pat[1], pat[2]), 'Orang'], [rng.randint(pat[3], pat[4]), 'Kali']]
    if t == 'okeg': return [[rng.randint(pat[1], pat[2]), 'Orang'], [1, 'Kegiatan']]
    if t == 'oh': return [[rng.randint(pat[1], pat[2]), 'Orang'], [rng.randint(pat[3], pat[4]), 'Hari']]
    if t == 'ob': return [[rng.randint(pat[1], pat[2]), 'Orang'], [rng.randint(pat[3], pat[4]), 'Bulan']]
    if t == 'opp': return [[rng.randint(pat[1], pat[2]), 'Orang'], [1, 'PP']]
    if t == 'uh':
        u = rng.randint(pat[1], pat[2])
        if u >= 20: u = u // 10 * 10
        return [[u, 'Unit'], [rng.randint(pat[3], pat[4]), 'Hari']]
    raise ValueError(t)

def prod(k):
    p = 1
    for n, _ in k: p *= n
    return p

def acct_kind(a):
    return ACC[a][2]

def wrong_acct(rng, a):
    lst = WRONG_SPECIFIC.get(a) or WRONG[acct_kind(a)]
    lst = [x for x in lst if x != a and x not in ALSO_OK.get(a, [])]
    return rng.choice(lst)

def calc(vol, harga, ppn):
    return vol * harga * (100 + ppn) // 100

def round_down(x, step):
    return int(x // step * step)

def round_up(x, step):
    return int(-(-x // step) * step)

def build_sub(rng, sub, labelsets, ppn_layout):
    used_groups, used_keys = set(), set()
    lines = []
    order = sorted(range(len(labelsets)), key=lambda i: ('DUPLICATE' in labelsets[i], i))
    for idx in order:
        L = labelsets[idx]
        rec = dict(labels=sorted(L, key=LABELS.index))
        if 'NO_PRICE_REFERENCE' in L:
            cands = [k for k in sub['noref'] if k not in used_keys and NOREF[k][4] not in used_groups]
            if not cands:
                cands = [k for k in GEN_NOREF if k not in used_keys and NOREF[k][4] not in used_groups]
            k = rng.choice(cands)
            ur, unit, price, acct, group = NOREF[k]
            used_keys.add(k); used_groups.add(group)
            rec.update(kind='noref', key=k, uraian=ur, satuan=unit, proper_acct=acct, ref=None)
            koef = [[rng.randint(1, 4) if price > 1000000 else rng.randint(5, 60), unit]]
            if unit.endswith('/Hari'):
                koef = [[rng.randint(1, 2), 'Unit'], [rng.randint(1, 3), 'Hari']]
            if unit == 'Orang/Kali':
                koef = [[rng.randint(2, 5), 'Orang'], [1, 'Kali']]
            harga = round_down(price * rng.uniform(0.9, 1.2), 1000)
        else:
            if 'OFF_TARGET' in L:
                offs = [o for o in sub['off'] if o[0] not in used_keys and ITEMS[o[0]]['group'] not in used_groups]
                if not offs:
                    offs = [o for o in GEN_OFF if o[0] not in used_keys and ITEMS[o[0]]['group'] not in used_groups]
                k, text = rng.choice(offs)
                it = ITEMS[k]
                alias = (text, it['aliases'][0][1], it['aliases'][0][2])
                kind = 'off'
            elif 'DUPLICATE' in L:
                cands = [l for l in lines if l['kind'] == 'pool' and 'ACCOUNT_MISMATCH' not in l['labels'] and not l.get('duplicated')]
                orig = rng.choice(cands)
                orig['duplicated'] = True
                k = orig['key']; it = ITEMS[k]
                others = [a for a in it['aliases'] if a[0] != orig['uraian']]
                alias = rng.choice(others) if others else (orig['uraian'] + rng.choice([' untuk peserta', ' (keperluan kegiatan)', ' - kebutuhan pelaksanaan', ' utk kegiatan']), orig['satuan'], orig['factor'])
                kind = 'dup'
                rec['dup_of_uid'] = orig['uid']
            else:
                cands = [k for k in sub['pool'] if k not in used_keys and ITEMS[k]['group'] not in used_groups]
                k = rng.choice(cands)
                it = ITEMS[k]
                alias = rng.choice(it['aliases'])
                kind = 'pool'
            used_keys.add(k); used_groups.add(it['group'])
            text, unit, factor = alias
            factor = F(factor)
            ref_equiv = F(it['harga']) * factor
            assert ref_equiv.denominator == 1, (k, alias)
            ref_equiv = int(ref_equiv)
            koef = gen_koef(rng, it['koef'], unit, factor)
            if kind == 'dup':
                # same need: keep a koefisien of the same shape as the original
                koef = gen_koef(rng, it['koef'], unit, factor)
            if 'OVERPRICED' in L:
                step = 100 if ref_equiv < 20000 else 500 if ref_equiv < 1000000 else 5000
                harga = round_up(ref_equiv * rng.uniform(1.15, 1.6), step)
            else:
                if rng.random() < 0.6:
                    harga = ref_equiv
                else:
                    st = 100 if ref_equiv < 20000 else 500 if ref_equiv < 200000 else 5000 if ref_equiv < 2000000 else 25000
                    harga = max(100, round_down(ref_equiv * rng.uniform(0.85, 0.99), st))
            rec.update(kind=kind, key=k, uraian=text, satuan=unit, proper_acct=it['acct'], factor=str(factor),
                       ref=dict(catalogue=it['file'], kode=it['kode'], nama=it['nama'], satuan=it['satuan'], harga=it['harga'],
                                factor=str(factor), harga_per_satuan_rka=ref_equiv))
            rec['factor'] = factor
        acct = rec['proper_acct']
        if 'ACCOUNT_MISMATCH' in L:
            acct = wrong_acct(rng, acct)
        ppn = 11 if ppn_layout and acct_kind(rec['proper_acct']) in ('goods', 'capital') else 0
        vol_true = prod(koef)
        vol = vol_true
        correct = calc(vol_true, harga, ppn)
        jumlah = correct
        arith_mode = None
        if 'ARITHMETIC' in L:
            if rng.random() < 0.45:
                a = koef[0][0]; b = koef[1][0] if len(koef) > 1 else 1
                if len(koef) > 1:
                    opts = [vol_true + a, a, vol_true - a, vol_true + 10, vol_true - b]
                else:
                    opts = [a + 1, a + 2, a - 1, a + 10]
                opts = [o for o in opts if o != vol_true and o > 0]
                vol = rng.choice(opts)
                jumlah = calc(vol, harga, ppn)
                arith_mode = 'volume_not_product_of_koefisien'
            else:
                opts = ['vol_plus1', 'x10', 'transpose', 'plus']
                if ppn: opts += ['no_ppn', 'no_ppn']
                while True:
                    m = rng.choice(opts)
                    if m == 'vol_plus1': j = calc(vol + rng.choice([1, 2, -1]) if vol > 1 else vol + 1, harga, ppn)
                    elif m == 'x10': j = correct * 10 if rng.random() < 0.5 else round_down(correct / 10, 100)
                    elif m == 'transpose':
                        s = list(str(correct))
                        i = rng.randrange(0, max(1, len(s) - 3))
                        s[i], s[i + 1] = s[i + 1], s[i]
                        j = int(''.join(s))
                    elif m == 'no_ppn': j = vol * harga
                    else: j = correct + rng.choice([100000, 250000, 1000000, 50000])
                    if abs(j - correct) >= 1000 and j > 0:
                        break
                jumlah = j
                arith_mode = 'jumlah_' + m
        rec.update(acct=acct, koef=koef, volume=vol, volume_correct=vol_true, harga=harga, ppn=ppn, jumlah=jumlah,
                   jumlah_correct=correct, arith_mode=arith_mode, uid=len(lines))
        lines.append(rec)
    # printed order: grouped by account code (stable)
    lines.sort(key=lambda l: ACC[l['acct']][0])
    for l in lines:
        l.pop('duplicated', None)
    # sanity: duplicate later than original
    pos = {l['uid']: i for i, l in enumerate(lines)}
    for l in lines:
        if 'dup_of_uid' in l:
            assert pos[l['dup_of_uid']] < pos[l['uid']]
    return lines

def build_all():
    for attempt in range(200):
        rng = random.Random(37037 + attempt)
        deck = make_deck(rng)
        try:
            out, pos = [], 0
            for sub in SUBS:
                ls = deck[pos:pos + sub['n']]; pos += sub['n']
                if sum('DUPLICATE' in x for x in ls) > sub['n'] // 4:
                    raise ValueError('too many dups')
                out.append(build_sub(rng, sub, ls, FILES[sub['file']]['ppn']))
            return rng, out
        except (IndexError, ValueError, AssertionError) as e:
            continue
    raise SystemExit('could not build')

# ================================================================ writers
import datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter
FIXED_DT = datetime.datetime(2026, 11, 16, 9, 30, 0)
THIN = Side(style='thin', color='000000')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
ABBR = {'Orang': 'org', 'Kali': 'kl', 'Hari': 'hr', 'Jam': 'jam', 'Bulan': 'bln', 'Unit': 'unit', 'PP': 'pp', 'Kegiatan': 'keg'}

def koef_full(k):
    return ' x '.join(f"{n} {u}" for n, u in k)

def koef_abbr(k):
    return ' x '.join(f"{n} {ABBR.get(u, u)}" for n, u in k)

def fixwb(wb):
    wb.properties.creator = 'operator-opd'
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT

def normalize_xlsx(path):
    import zipfile, re as _re
    zin = zipfile.ZipFile(path)
    items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == 'docProps/core.xml':
                data = _re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(<)', rb'\g<1>2026-11-16T09:30:00Z\g<2>', data)
                data = _re.sub(rb'(<dcterms:created[^>]*>)[^<]*(<)', rb'\g<1>2026-11-16T09:30:00Z\g<2>', data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 16, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

def groups_by_acct(lines):
    out = []
    for l in lines:
        if out and out[-1][0] == l['acct']:
            out[-1][1].append(l)
        else:
            out.append((l['acct'], [l]))
    return out

def write_F1(subs, path):
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = 'RKA 2.2.1'
    widths = [6, 20, 58, 22, 9, 12, 16, 18, 10, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    r = 1
    for t in ['PEMERINTAH KOTA SAMARINDA', 'RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD 2.2.1)',
              'TAHUN ANGGARAN 2027', f"Perangkat Daerah : {FILES['F1']['orgcode']} {FILES['F1']['opd']}"]:
        ws.cell(r, 1, t).font = BOLD; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).alignment = Alignment(horizontal='center'); r += 1
    ws.cell(r, 1, 'Program : 2.16.02 PROGRAM PENINGKATAN DAYA TARIK DESTINASI PARIWISATA / PEMASARAN PARIWISATA'); r += 2
    h1 = r
    heads = {1: 'No', 2: 'Kode Rekening', 3: 'Uraian', 8: 'Jumlah (Rp)', 9: 'vol_hitung', 10: 'sumber_dana'}
    for c, t in heads.items():
        ws.cell(h1, c, t); ws.merge_cells(start_row=h1, start_column=c, end_row=h1 + 1, end_column=c)
    ws.cell(h1, 4, 'Rincian Perhitungan'); ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=7)
    for c, t in zip(range(4, 8), ['Koefisien', 'Volume', 'Satuan', 'Harga Satuan (Rp)']):
        ws.cell(h1 + 1, c, t)
    for rr in (h1, h1 + 1):
        for c in range(1, 11):
            ws.cell(rr, c).font = BOLD; ws.cell(rr, c).border = BOX
            ws.cell(rr, c).alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
            ws.cell(rr, c).fill = PatternFill('solid', fgColor='D9E1F2')
    r = h1 + 2
    for c in range(1, 9):
        ws.cell(r, c, f'({c})').alignment = Alignment(horizontal='center')
    r += 1
    no = 0
    grand = 0
    for sub, lines in subs:
        ws.cell(r, 2, sub['code']).font = BOLD
        ws.cell(r, 3, f"Sub Kegiatan : {sub['name']}").font = BOLD
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        r += 1
        ws.cell(r, 3, f"Indikator Keluaran : {sub['ind']}"); ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7); r += 1
        subtotal = 0
        for acct, ls in groups_by_acct(lines):
            code, name, _ = ACC[acct]
            ws.cell(r, 2, code).font = BOLD; ws.cell(r, 3, name).font = BOLD
            s = sum(l['jumlah'] for l in ls)
            ws.cell(r, 8, s).font = BOLD; ws.cell(r, 8).number_format = '#,##0'
            r += 1
            for l in ls:
                no += 1; l['no'] = str(no)
                ws.cell(r, 1, no)
                ws.cell(r, 3, l['uraian'])
                ws.cell(r, 4, koef_full(l['koef']))
                ws.cell(r, 5, l['volume'])
                ws.cell(r, 6, l['satuan'])
                ws.cell(r, 7, l['harga']).number_format = '#,##0'
                ws.cell(r, 8, l['jumlah']).number_format = '#,##0'
                ws.cell(r, 9, l['volume_correct'])
                ws.cell(r, 10, R.choice(['PAD', 'DAU', 'PAD']))
                for c in range(1, 9): ws.cell(r, c).border = BOX
                r += 1
            subtotal += s
        ws.cell(r, 3, 'Jumlah Sub Kegiatan').font = BOLD
        ws.cell(r, 8, subtotal).font = BOLD; ws.cell(r, 8).number_format = '#,##0'
        grand += subtotal
        r += 2
    ws.cell(r, 3, 'JUMLAH TOTAL').font = BOLD; ws.cell(r, 8, grand).number_format = '#,##0'
    r += 3
    ws.cell(r, 6, 'Samarinda, 16 November 2026'); ws.cell(r + 1, 6, 'Kepala Dinas Pariwisata'); ws.cell(r + 5, 6, '( ........................... )')
    ws.column_dimensions['I'].hidden = True
    ws.column_dimensions['J'].hidden = True
    ws.freeze_panes = ws.cell(h1 + 2, 1)
    wb.save(path)

def price_text(rng, v):
    m = rng.random()
    if v >= 1000000 and v % 10000 == 0 and m < 0.35:
        s = f"{v / 1000000:.2f}".rstrip('0').rstrip('.').replace('.', ',')
        return f"{s} jt"
    if 1000 <= v < 1000000 and v % 1000 == 0 and m < 0.25:
        return f"{v // 1000} rb"
    if m < 0.6:
        return f"Rp {idr(v)}"
    if m < 0.8:
        return f"Rp{idr(v)},-"
    return idr(v)

def write_F2(subs, path, rng):
    wb = Workbook(); fixwb(wb)
    ws0 = wb.active; ws0.title = 'Ringkasan'
    ws0['A1'] = 'RINGKASAN RKA DINAS TENAGA KERJA KOTA SAMARINDA TA 2027'; ws0['A1'].font = BOLD
    ws0.append([])
    ws0.append(['Kode Sub Kegiatan', 'Nama Sub Kegiatan', 'Sheet', 'Total (Rp)'])
    no = 0
    for sub, lines in subs:
        ws = wb.create_sheet(sub['sheet'])
        ws['A1'] = 'RENCANA KERJA DAN ANGGARAN - DINAS TENAGA KERJA'; ws['A1'].font = BOLD
        ws['A2'] = f"Sub Kegiatan: {sub['code']} {sub['name']}"
        ws['A3'] = f"Output: {sub['ind']}"
        hdr = ['Uraian Komponen', 'Koefisien', 'Vol', 'Satuan', 'Harga Satuan', 'No.', 'Kode Rekening', 'Total (Rp)']
        for c, t in enumerate(hdr, 1):
            ws.cell(5, c, t).font = BOLD; ws.cell(5, c).border = BOX
        for c, w in enumerate([52, 20, 7, 12, 16, 6, 70, 18], 1):
            ws.column_dimensions[get_column_letter(c)].width = w
        r = 6
        tot = 0
        for l in lines:
            no += 1; l['no'] = str(no)
            code, name, _ = ACC[l['acct']]
            vals = [l['uraian'], koef_abbr(l['koef']), l['volume'], l['satuan'], price_text(rng, l['harga']), no,
                    f"{code} - {name}", f"Rp {idr(l['jumlah'])}"]
            l['harga_printed'] = vals[4]; l['jumlah_printed'] = vals[7]
            for c, v in enumerate(vals, 1):
                ws.cell(r, c, v).border = BOX
            tot += l['jumlah']
            r += 1
        ws.cell(r, 7, 'TOTAL').font = BOLD; ws.cell(r, 8, f"Rp {idr(tot)}").font = BOLD
        ws0.append([sub['code'], sub['name'], sub['sheet'], tot])
    wb.save(path)

def write_F3(subs, path):
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = 'RKA Disperin 2027'
    for c, w in enumerate([8, 62, 16, 18, 20], 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws['A1'] = 'DINAS PERINDUSTRIAN KOTA SAMARINDA'; ws['A1'].font = BOLD
    ws['A2'] = 'Rincian Belanja per Sub Kegiatan - Rancangan RKA TA 2027 (bahan asistensi TAPD)'
    r = 4
    fill = PatternFill('solid', fgColor='FCE4D6')
    for sub, lines in subs:
        pagu = sum(l['jumlah'] for l in lines)
        for t in [f"SUB KEGIATAN : {sub['code']} {sub['name']}", f"INDIKATOR KELUARAN : {sub['ind']}",
                  'LOKASI : Kota Samarinda        WAKTU PELAKSANAAN : Januari s.d. Desember 2027',
                  f"PAGU INDIKATIF SUB KEGIATAN : Rp {idr(pagu)}"]:
            ws.cell(r, 1, t).font = BOLD; ws.cell(r, 1).fill = fill
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); r += 1
        for c, t in enumerate(['No', 'Uraian (koefisien)', 'Vol & Satuan', 'Harga Satuan (Rp)', 'Jumlah (Rp)'], 1):
            ws.cell(r, c, t).font = BOLD; ws.cell(r, c).border = BOX
        r += 1
        n = 0
        for acct, ls in groups_by_acct(lines):
            code, name, _ = ACC[acct]
            ws.cell(r, 2, f"{code}  {name}").font = Font(bold=True, italic=True)
            ws.cell(r, 5, sum(l['jumlah'] for l in ls)).number_format = '#,##0'
            r += 1
            for l in ls:
                n += 1; l['no'] = f"{sub['block']}.{n}"
                ws.cell(r, 1, l['no'])
                ws.cell(r, 2, f"{l['uraian']} ({koef_abbr(l['koef'])})")
                ws.cell(r, 3, f"{l['volume']} {l['satuan']}")
                ws.cell(r, 4, l['harga']).number_format = '#,##0'
                ws.cell(r, 5, l['jumlah']).number_format = '#,##0'
                for c in range(1, 6): ws.cell(r, c).border = BOX
                r += 1
        r += 2
    wb.save(path)

def write_F4(subs, path):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['kode_skpd', 'kode_sub_giat', 'nama_sub_giat', 'kode_akun', 'nama_akun', 'no_rinci', 'nama_komponen', 'spek_komponen',
                'koefisien', 'satuan', 'volume', 'harga_satuan', 'ppn_persen', 'total_harga'])
    no = 0
    for sub, lines in subs:
        for l in lines:
            no += 1; l['no'] = str(no)
            code, name, _ = ACC[l['acct']]
            spek = '-'
            if l.get('ref') and l['ref']['catalogue'] == SSH_FILE and R.random() < 0.5:
                spek = ITEMS[l['key']]['nama'].split(', ', 1)[-1]
            w.writerow([FILES['F4']['orgcode'], sub['code'], sub['name'], code, name, no, l['uraian'], spek, koef_full(l['koef']),
                        l['satuan'], str(l['volume']), idr(l['harga']) + ',00', str(l['ppn']), idr(l['jumlah']) + ',00'])
    with open(path, 'w', encoding='utf-8-sig', newline='') as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- PDFs
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FD + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', FD + 'DejaVuSansCondensed-Bold.ttf'))

def fit(c, text, font, size, width):
    while size > 4.5 and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size

def cell_text(c, x, y, text, font, size, width, align='left'):
    s = fit(c, text, font, size, width - 4)
    c.setFont(font, s)
    if align == 'right':
        c.drawRightString(x + width - 2, y, text)
    elif align == 'center':
        c.drawCentredString(x + width / 2, y, text)
    else:
        c.drawString(x + 2, y, text)

def write_F5(subs, path):
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle('RKA Belanja SKPD - Bappeda 2027'); c.setAuthor('SIPD'); c.setCreator('SIPD-RI cetak RKA')
    cols = [('No', 26, 'center'), ('Kode Rekening', 92, 'left'), ('Uraian', 268, 'left'), ('Koefisien', 108, 'left'),
            ('Satuan', 62, 'left'), ('Harga', 72, 'right'), ('PPN', 34, 'center'), ('Jumlah', 100, 'right')]
    x0 = 30
    page = [0]
    def footer():
        page[0] += 1
        c.setFont('DV', 6.5)
        c.drawString(x0, 18, 'Dicetak dari SIPD pada 16-11-2026 09:30:12 oleh operator Bappeda')
        c.drawRightString(W - 30, 18, f'Halaman {page[0]}')
    def table_header(y):
        x = x0
        c.setFillColorRGB(0.85, 0.85, 0.85); c.rect(x0, y - 4, sum(w for _, w, _ in cols), 15, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
        for t, w, a in cols:
            c.line(x, y - 4, x, y + 11)
            cell_text(c, x, y, t, 'DVB', 7.5, w, 'center'); x += w
        c.line(x, y - 4, x, y + 11)
        return y - 15
    def row(y, vals, bold=False):
        x = x0
        c.rect(x0, y - 4, sum(w for _, w, _ in cols), 13, fill=0, stroke=1)
        span = bold and vals[3] == '' and vals[2] and vals[2] != 'JUMLAH SUB KEGIATAN'
        for i, ((t, w, a), v) in enumerate(zip(cols, vals)):
            if not (span and 3 <= i <= 6):
                c.line(x, y - 4, x, y + 9)
            if v:
                ww = sum(cw for _, cw, _ in cols[2:7]) if (span and i == 2) else w
                cell_text(c, x, y, v, 'DVB' if bold else 'DV', 7.2, ww, a)
            x += w
        c.line(x, y - 4, x, y + 9)
        return y - 13
    no = 0
    for sub, lines in subs:
        y = H - 36
        c.setFont('DVB', 10); c.drawCentredString(W / 2, y, 'RENCANA KERJA DAN ANGGARAN'); y -= 12
        c.drawCentredString(W / 2, y, 'SATUAN KERJA PERANGKAT DAERAH'); y -= 12
        c.setFont('DV', 8.5); c.drawCentredString(W / 2, y, 'Formulir RKA - RINCIAN BELANJA SKPD  |  Pemerintah Kota Samarinda Tahun Anggaran 2027'); y -= 16
        info = [('Urusan Pemerintahan', '5 UNSUR PENUNJANG URUSAN PEMERINTAHAN'), ('Bidang Urusan', '5.01 PERENCANAAN'),
                ('Program', '5.01.02 PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH'),
                ('Kegiatan', '5.01.02.1.01 Penyusunan Perencanaan dan Pendanaan' if sub['code'].startswith('5.01.02') else '5.01.05.1.01 Pengendalian dan Evaluasi Pembangunan Daerah'),
                ('Organisasi', f"{FILES['F5']['orgcode']} {FILES['F5']['opd']}"),
                ('Sub Kegiatan', f"{sub['code']} {sub['name']}"), ('Sumber Pendanaan', 'Pendapatan Asli Daerah (PAD)'),
                ('Lokasi', 'Kota Samarinda, seluruh kecamatan'), ('Waktu Pelaksanaan', 'Januari s.d. Desember'),
                ('Keluaran Sub Kegiatan', sub['ind']),
                ('Alokasi Tahun 2026 / 2027 / 2028', f"Rp {idr(round_down(sum(l['jumlah'] for l in lines) * 0.92, 1000))} / Rp {idr(sum(l['jumlah'] for l in lines))} / Rp {idr(round_down(sum(l['jumlah'] for l in lines) * 1.05, 1000))}")]
        for k, v in info:
            c.setFont('DV', 7.8); c.drawString(x0, y, k); c.drawString(x0 + 140, y, ': ' + v); y -= 10.5
        y -= 6
        c.setFont('DVB', 8.5); c.drawString(x0, y, 'Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah'); y -= 16
        y = table_header(y)
        for acct, ls in groups_by_acct(lines):
            code, name, _ = ACC[acct]
            if y < 60:
                footer(); c.showPage(); y = H - 40; y = table_header(y)
            y = row(y, ['', code, name, '', '', '', '', idr(sum(l['jumlah'] for l in ls))], bold=True)
            for l in ls:
                if y < 50:
                    footer(); c.showPage(); y = H - 40; y = table_header(y)
                no += 1; l['no'] = str(no)
                y = row(y, [str(no), '', l['uraian'], koef_full(l['koef']), l['satuan'], idr(l['harga']), f"{l['ppn']}%", idr(l['jumlah'])])
        y = row(y, ['', '', 'JUMLAH SUB KEGIATAN', '', '', '', '', idr(sum(l['jumlah'] for l in lines))], bold=True)
        footer(); c.showPage()
    c.save()

def write_F7(sub, lines, path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('RKA Kecamatan Loa Janan Ilir - Kebersihan Lingkungan')
    y = H - 50
    c.setFont('DVB', 11); c.drawCentredString(W / 2, y, 'KECAMATAN LOA JANAN ILIR'); y -= 16.5
    c.setFont('DVB', 9.5); c.drawCentredString(W / 2, y, 'RINCIAN RENCANA KERJA DAN ANGGARAN TAHUN 2027'); y -= 22
    c.setFont('DV', 8.5)
    for t in [f"Sub Kegiatan      : {sub['code']} {sub['name']}", f"Indikator Keluaran : {sub['ind']}",
              'Lokasi            : Kelurahan Sengkotek, Simpang Tiga, Tani Aman, Harapan Baru, Rapak Dalam',
              'Sumber Dana       : PAD']:
        c.drawString(40, y, t); y -= 12
    y -= 6
    para = ('Latar belakang: kegiatan kerja bakti dilaksanakan setiap bulan bersama Ketua RT dan LPM di lima kelurahan, '
            'dengan sasaran pembersihan drainase, bantaran sungai dan fasilitas umum. Kebutuhan anggaran disusun '
            'berdasarkan hasil rapat koordinasi kecamatan dan usulan kelurahan. Rincian kebutuhan sebagai berikut:')
    words = para.split(); ln = ''
    for wd in words:
        if pdfmetrics.stringWidth(ln + ' ' + wd, 'DV', 8.5) > W - 80:
            c.drawString(40, y, ln.strip()); y -= 11.5; ln = ''
        ln += ' ' + wd
    c.drawString(40, y, ln.strip()); y -= 26
    xs = dict(no=40, ur=60, koef=272, vol=352, sat=370, harga=478, jml=W - 40)
    c.setFont('DVB', 7.8)
    c.drawString(xs['no'], y, 'No'); c.drawString(xs['ur'], y, 'Uraian'); c.drawString(xs['koef'], y, 'Koefisien')
    c.drawRightString(xs['vol'] + 10, y, 'Vol'); c.drawString(xs['sat'], y, 'Satuan'); c.drawRightString(xs['harga'], y, 'Harga Satuan')
    c.drawRightString(xs['jml'], y, 'Jumlah'); y -= 16
    no = 0
    def newpage():
        c.setFont('DV', 6.5); c.drawCentredString(W / 2, 25, '- ' + str(c.getPageNumber()) + ' -')
        c.showPage()
        return H - 50
    for acct, ls in groups_by_acct(lines):
        code, name, _ = ACC[acct]
        if y < 70: y = newpage()
        c.setFont('DVB', 7.8); c.drawString(xs['ur'], y, f"{code}  {name}")
        c.drawRightString(xs['jml'], y, idr(sum(l['jumlah'] for l in ls))); y -= 16.5
        for l in ls:
            if y < 60: y = newpage()
            no += 1; l['no'] = str(no)
            c.setFont('DV', 7.6)
            c.drawString(xs['no'], y, str(no))
            s = fit(c, l['uraian'], 'DV', 7.6, xs['koef'] - xs['ur'] - 6); c.setFont('DV', s); c.drawString(xs['ur'], y, l['uraian'])
            c.setFont('DV', 7.6)
            c.drawString(xs['koef'], y, koef_abbr(l['koef']))
            c.drawRightString(xs['vol'] + 10, y, str(l['volume'])); c.drawString(xs['sat'], y, l['satuan'])
            c.drawRightString(xs['harga'], y, idr(l['harga'])); c.drawRightString(xs['jml'], y, idr(l['jumlah']))
            y -= 16.5
    y -= 6
    c.setFont('DVB', 8); c.drawString(xs['ur'], y, 'JUMLAH'); c.drawRightString(xs['jml'], y, idr(sum(l['jumlah'] for l in lines)))
    y -= 40
    c.setFont('DV', 8); c.drawString(380, y, 'Loa Janan Ilir, 16 November 2026'); c.drawString(380, y - 12, 'Camat Loa Janan Ilir,')
    c.drawString(380, y - 60, '(nama tidak dicantumkan)')
    c.setFont('DV', 6.5); c.drawCentredString(W / 2, 25, '- ' + str(c.getPageNumber()) + ' -')
    c.showPage(); c.save()

def write_SBU(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('Standar Biaya Umum (SBU) Kota Samarinda TA 2027')
    y = H - 50
    c.setFont('DVB', 10.5); c.drawCentredString(W / 2, y, 'LAMPIRAN II PERATURAN WALI KOTA SAMARINDA'); y -= 13
    c.drawCentredString(W / 2, y, 'STANDAR BIAYA UMUM (SBU) TAHUN ANGGARAN 2027'); y -= 13
    c.setFont('DV', 8); c.drawCentredString(W / 2, y, 'Besaran merupakan batas tertinggi; honorarium belum dipotong PPh sesuai ketentuan'); y -= 20
    cols = [('No', 26), ('Kode', 62), ('Uraian', 300), ('Satuan', 70), ('Besaran (Rp)', 77)]
    x0 = 30
    def hline(y): c.line(x0, y, x0 + sum(w for _, w in cols), y)
    def vlines(y1, y2):
        x = x0
        for _, w in cols:
            c.line(x, y1, x, y2); x += w
        c.line(x, y1, x, y2)
    hline(y + 11); x = x0
    for t, w in cols:
        cell_text(c, x, y, t, 'DVB', 8, w, 'center'); x += w
    vlines(y + 11, y - 4); hline(y - 4); y -= 15
    n = 0
    for title, rows in sbu_sorted:
        if y < 50:
            c.setFont('DV', 6.5); c.drawRightString(W - 30, 20, f'hal. {c.getPageNumber()}'); c.showPage(); y = H - 40; hline(y + 11)
        c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(x0, y - 4, sum(w for _, w in cols), 15, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
        c.setFont('DVB', 8); c.drawString(x0 + 30, y, title); y -= 15
        for r in rows:
            if y < 50:
                c.setFont('DV', 6.5); c.drawRightString(W - 30, 20, f'hal. {c.getPageNumber()}'); c.showPage(); y = H - 40; hline(y + 11)
            n += 1
            vals = [str(n), r['kode'], r['uraian'], r['satuan'], idr(r['harga'])]
            x = x0
            for (t, w), v, a in zip(cols, vals, ['center', 'left', 'left', 'left', 'right']):
                cell_text(c, x, y, v, 'DV', 7.5, w, a); x += w
            vlines(y + 11, y - 4); hline(y - 4); y -= 15
    c.setFont('DV', 6.5); c.drawRightString(W - 30, 20, f'hal. {c.getPageNumber()}')
    c.showPage(); c.save()

def write_SSH(path):
    wb = Workbook(); fixwb(wb)
    ws = wb.active; ws.title = 'SSH 2027'
    for c, w in enumerate([6, 20, 40, 42, 16, 16, 18], 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    for r, t in enumerate(['LAMPIRAN I KEPUTUSAN WALI KOTA SAMARINDA', 'STANDAR SATUAN HARGA (SSH) BARANG TAHUN ANGGARAN 2027',
                           'Harga satuan belum termasuk PPN; berlaku sebagai batas tertinggi penganggaran'], 1):
        ws.cell(r, 1, t).font = BOLD; ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    h = 5
    for col, t in [(1, 'No'), (2, 'Kode Barang'), (5, 'Satuan'), (6, 'Harga Satuan (Rp)'), (7, 'Keterangan')]:
        ws.cell(h, col, t); ws.merge_cells(start_row=h, start_column=col, end_row=h + 1, end_column=col)
    ws.cell(h, 3, 'Uraian Barang'); ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=4)
    ws.cell(h + 1, 3, 'Nama Barang'); ws.cell(h + 1, 4, 'Spesifikasi')
    for rr in (h, h + 1):
        for cc in range(1, 8):
            ws.cell(rr, cc).font = BOLD; ws.cell(rr, cc).border = BOX
            ws.cell(rr, cc).alignment = Alignment(horizontal='center', vertical='center')
    r = h + 2
    n = 0
    roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']
    for i, (title, rows) in enumerate(ssh_sorted):
        ws.cell(r, 1, f"{roman[i]}. {title}").font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for row in rows:
            n += 1
            vals = [n, row['kode'], row['nama'], row['spek'] or '-', row['satuan'], row['harga'], 'Aset' if row['cat'] == 'MODAL' else '']
            for cc, v in enumerate(vals, 1):
                ws.cell(r, cc, v).border = BOX
            ws.cell(r, 6).number_format = '#,##0'
            r += 1
    wb.save(path)

# ---------------------------------------------------------------- scan
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np

def _persp_coeffs(src, dst):
    # coefficients mapping output(dst) -> input(src) for PIL PERSPECTIVE
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()

def photo_degrade(page, path, texts, truth_txt_path):
    """Phone photo of a printed page lying on a desk: perspective, uneven light, colour cast, blur, JPEG."""
    rng = np.random.default_rng(808)
    page = page.resize((1240, 1754), Image.LANCZOS).convert('RGB')
    W, H = 1600, 2000
    bg = np.zeros((H, W, 3), np.float32)
    bg[..., 0], bg[..., 1], bg[..., 2] = 120, 98, 78          # wooden desk
    bg += rng.normal(0, 6, bg.shape)
    canvas_ = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    dst = [(205, 150), (1430, 205), (1500, 1900), (120, 1850)]   # paper corners in the photo
    src = [(0, 0), (1240, 0), (1240, 1754), (0, 1754)]
    coeffs = _persp_coeffs(src, dst)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new('L', page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    canvas_.paste(warped, (0, 0), mask)
    a = np.asarray(canvas_).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 1.05 - 0.35 * ((xx / W - 0.15) ** 2 + (yy / H - 0.1) ** 2)      # light from top-left
    shadow = 1 - 0.25 * np.clip((xx - 1000) / 600, 0, 1) * np.clip((yy - 1300) / 700, 0, 1)  # hand/phone shadow
    a = a * (light * shadow)[..., None]
    a[..., 0] *= 1.04; a[..., 2] *= 0.9                                     # warm cast
    a += rng.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
    im.save(path, 'JPEG', quality=80)
    with open(truth_txt_path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(texts) + '\n')

def write_F6(sub, lines, path, truth_txt_path, photo=False, heads=None, info=None):
    DPI = 200
    Wp, Hp = 1654, 2339
    f = lambda s, b=False, cnd=False: ImageFont.truetype(FD + ('DejaVuSansCondensed' if cnd else 'DejaVuSans') + ('-Bold' if b else '') + '.ttf', s)
    fN, fB, fC, fT = f(21), f(21, True), f(20, False, True), f(27, True)
    cols = [('No', 60), ('Uraian', 560), ('Koefisien', 250), ('Vol', 80), ('Satuan', 130), ('Harga Satuan', 170), ('Jumlah', 200)]
    x0 = 95
    tw = sum(w for _, w in cols)
    texts = [[], []]
    pages = []
    def new_page():
        im = Image.new('L', (Wp, Hp), 255)
        return im, ImageDraw.Draw(im)
    def put(d, pg, xy, t, font, anchor='la'):
        d.text(xy, t, fill=0, font=font, anchor=anchor); texts[pg].append(t)
    def header(d, pg, y):
        d.rectangle([x0, y, x0 + tw, y + 44], outline=0, width=2, fill=225)
        x = x0
        for t, w in cols:
            d.line([x, y, x, y + 44], fill=0, width=2)
            put(d, pg, (x + w // 2, y + 22), t, fB, 'mm'); x += w
        d.line([x, y, x, y + 44], fill=0, width=2)
        return y + 44
    def rowbox(d, y, h):
        x = x0
        d.rectangle([x0, y, x0 + tw, y + h], outline=0, width=1)
        for _, w in cols:
            d.line([x, y, x, y + h], fill=0, width=1); x += w
    im, d = new_page(); pg = 0
    y = 110
    put(d, pg, (Wp // 2, y), 'PEMERINTAH KOTA SAMARINDA', fT, 'ma'); y += 40
    put(d, pg, (Wp // 2, y), heads or 'KECAMATAN LOA JANAN ILIR', fT, 'ma'); y += 40
    put(d, pg, (Wp // 2, y), 'RENCANA KERJA DAN ANGGARAN (RKA) TAHUN ANGGARAN 2027', fB, 'ma'); y += 60
    for k, v in (info or [('Urusan', '7.01 KECAMATAN'), ('Program', '7.01.02 PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK'),
                 ('Sub Kegiatan', sub['code']), ('', sub['name']), ('Indikator Output', sub['ind']),
                 ('Lokasi', 'Kantor Kecamatan Loa Janan Ilir, Jl. Bung Tomo'), ('Sumber Dana', 'PAD')]):
        put(d, pg, (x0, y), k, fN); put(d, pg, (x0 + 260, y), (': ' if k else '  ') + v, fN); y += 34
    y += 20
    y = header(d, pg, y)
    no = 0
    groups = groups_by_acct(lines)
    for acct, ls in groups:
        code, name, _ = ACC[acct]
        items = [('acct', None)] + [('line', l) for l in ls]
        for kind, l in items:
            if y > Hp - 200:
                pages.append(im); im, d = new_page(); pg = 1; y = 120; y = header(d, pg, y)
            if kind == 'acct':
                rowbox(d, y, 40)
                put(d, pg, (x0 + 60 + 8, y + 20), f"{code} {name}", f(19, True, True), 'lm')
                put(d, pg, (x0 + tw - 8, y + 20), idr(sum(z['jumlah'] for z in ls)), fB, 'rm')
                y += 40
                continue
            no += 1; l['no'] = str(no)
            ur = l['uraian']
            fu = fC
            rowh = 40
            lines_u = [ur]
            if d.textlength(ur, font=fu) > 560 - 16:
                # wrap in two lines
                ws_ = ur.split(); a = ''
                while ws_ and d.textlength((a + ' ' + ws_[0]).strip(), font=fu) < 540:
                    a = (a + ' ' + ws_.pop(0)).strip()
                lines_u = [a, ' '.join(ws_)]; rowh = 66
            rowbox(d, y, rowh)
            xs = [x0]
            for _, w in cols: xs.append(xs[-1] + w)
            put(d, pg, (xs[0] + 30, y + 20), str(no), fN, 'mm')
            for i, t in enumerate(lines_u):
                d.text((xs[1] + 8, y + 8 + i * 26), t, fill=0, font=fu)
            texts[pg].append(ur)
            put(d, pg, (xs[2] + 8, y + 20), koef_abbr(l['koef']), fC, 'lm')
            put(d, pg, (xs[4] - 8, y + 20), str(l['volume']), fN, 'rm')
            put(d, pg, (xs[4] + 8, y + 20), l['satuan'], fC, 'lm')
            put(d, pg, (xs[6] - 8, y + 20), idr(l['harga']), fN, 'rm')
            put(d, pg, (xs[7] - 8, y + 20), idr(l['jumlah']), fN, 'rm')
            y += rowh
    rowbox(d, y, 44)
    put(d, pg, (x0 + 70, y + 22), 'JUMLAH TOTAL', fB, 'lm'); put(d, pg, (x0 + tw - 8, y + 22), idr(sum(l['jumlah'] for l in lines)), fB, 'rm')
    y += 110
    put(d, pg, (1050, y), 'Samarinda, 16 November 2026' if photo else 'Loa Janan Ilir, 16 November 2026', fN)
    put(d, pg, (1050, y + 34), 'Kepala Dinas' if photo else 'Camat Loa Janan Ilir', fN)
    put(d, pg, (1050, y + 170), '( ...................................... )', fN)
    pages.append(im)
    if photo:
        assert len(pages) == 1, len(pages)
        return photo_degrade(pages[0], path, texts[0], truth_txt_path)
    assert len(pages) == 2, len(pages)
    rng = np.random.default_rng(606)
    outs = []
    for i, im in enumerate(pages):
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        ang = [0.8, -0.6][i]
        if i == 1:
            ang += 180
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 12 + rng.normal(0, 9, a.shape)
        sp = rng.random(a.shape)
        a[sp < 0.0012] = 30
        a[sp > 0.9992] = 255
        # darker scanner edge
        a[:, :18] *= 0.55
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        buf = io.BytesIO(); im.save(buf, 'JPEG', quality=62); buf.seek(0)
        outs.append(Image.open(buf).convert('L'))
    outs[0].save(path, 'PDF', resolution=DPI, save_all=True, append_images=outs[1:], creationDate=__import__('time').strptime('20261116093000', '%Y%m%d%H%M%S'), modDate=__import__('time').strptime('20261116093000', '%Y%m%d%H%M%S'),
                 producer='Scanner HP ScanJet (simulasi)', title='scan0017')
    with open(truth_txt_path, 'w', encoding='utf-8') as fh:
        for i, t in enumerate(texts):
            fh.write(f'=== halaman {i + 1}' + (' (dipindai terbalik / upside down)' if i == 1 else '') + ' ===\n')
            fh.write('\n'.join(t) + '\n')

# ================================================================ main
def main():
    os.makedirs(DATA, exist_ok=True)
    rng, built = build_all()
    byfile = {}
    for sub, lines in zip(SUBS, built):
        byfile.setdefault(sub['file'], []).append((sub, lines))
    write_SSH(os.path.join(DATA, SSH_FILE))
    write_SBU(os.path.join(DATA, SBU_FILE))
    write_F1(byfile['F1'], os.path.join(DATA, FILES['F1']['name']))
    write_F2(byfile['F2'], os.path.join(DATA, FILES['F2']['name']), random.Random(99))
    write_F3(byfile['F3'], os.path.join(DATA, FILES['F3']['name']))
    write_F4(byfile['F4'], os.path.join(DATA, FILES['F4']['name']))
    write_F5(byfile['F5'], os.path.join(DATA, FILES['F5']['name']))
    s6, l6 = byfile['F6'][0]
    write_F6(s6, l6, os.path.join(DATA, FILES['F6']['name']), os.path.join(OUT, 'scan_truth.txt'))
    s7, l7 = byfile['F7'][0]
    write_F7(s7, l7, os.path.join(DATA, FILES['F7']['name']))
    for fk in ['F1', 'F2', 'F3']:
        normalize_xlsx(os.path.join(DATA, FILES[fk]['name']))
    normalize_xlsx(os.path.join(DATA, SSH_FILE))
    s8, l8 = byfile['F8'][0]
    write_F6(s8, l8, os.path.join(DATA, FILES['F8']['name']), os.path.join(OUT, 'photo_truth.txt'), photo=True,
             heads='DINAS PERPUSTAKAAN DAN KEARSIPAN',
             info=[('Urusan', '2.24 KEARSIPAN'), ('Program', '2.24.02 PROGRAM PENGELOLAAN ARSIP'), ('Sub Kegiatan', s8['code']),
                   ('', s8['name']), ('Indikator Output', s8['ind']), ('Lokasi', 'Aula Dinas Perpustakaan dan Kearsipan, Jl. Bhayangkara'),
                   ('Sumber Dana', 'PAD')])
    manifest, truth = [], []
    for fk in ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8']:
        fi = FILES[fk]
        stem = fi['name'].rsplit('.', 1)[0]
        labels = {}
        for sub, lines in byfile[fk]:
            uid2no = {l['uid']: l['no'] for l in lines}
            for l in lines:
                assert l['no'] not in labels
                labels[l['no']] = l['labels']
                code, name, _ = ACC[l['acct']]
                pc, pn, _ = ACC[l['proper_acct']]
                t = dict(file=fi['name'], opd=fi['opd'], layout=fi['layout'], no=l['no'], sub_kegiatan_code=sub['code'],
                         sub_kegiatan_name=sub['name'], indikator=sub['ind'], account_code=code, account_name=name,
                         fitting_account_code=pc, fitting_account_name=pn, item=l['uraian'], spec=(ITEMS[l['key']]['nama'] if l['key'] in ITEMS else None),
                         unit=l['satuan'], koefisien=l['koef'], koefisien_text=koef_full(l['koef']), volume=l['volume'],
                         volume_correct=l['volume_correct'], price=l['harga'], ppn_percent=l['ppn'], jumlah=l['jumlah'],
                         jumlah_correct=l['jumlah_correct'], arithmetic_error=l['arith_mode'], line_kind=l['kind'],
                         catalogue_ref=l.get('ref'), labels=l['labels'],
                         duplicate_of_no=uid2no.get(l.get('dup_of_uid')) if 'dup_of_uid' in l else None,
                         price_printed=l.get('harga_printed'), jumlah_printed=l.get('jumlah_printed'))
                truth.append(t)
        with open(os.path.join(DATA, stem + '.labels.json'), 'w', encoding='utf-8') as fh:
            json.dump({'labels': labels}, fh, ensure_ascii=False, indent=1)
        manifest.append(dict(rka=fi['name'], catalogues=[SSH_FILE, SBU_FILE], labels=stem + '.labels.json', opd=fi['opd'], layout=fi['layout']))
    with open(os.path.join(DATA, 'manifest.json'), 'w', encoding='utf-8') as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'truth_lines.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    cat = dict(ssh_rows=sum(len(r) for _, r in ssh_sorted), sbu_rows=sum(len(r) for _, r in sbu_sorted))
    with open(os.path.join(OUT, 'catalogue_counts.json'), 'w') as fh:
        json.dump(cat, fh)
    print('lines', len(truth), cat)

if __name__ == '__main__':
    main()
