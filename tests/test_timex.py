"""Phrase -> EDTF tables for the time normaliser, in Indonesian and English."""

from __future__ import annotations

import pytest

from dossier.extract.sentences import split_sentences
from dossier.extract.timex import edtf_bounds, format_date, infer_anchor, normalise_times

THU = "2026-02-05"  # a Thursday
WED = "2026-02-04"


def times(text: str, language: str, anchor: str | None, inferred: bool = False):
    return normalise_times(text, split_sentences([text]), language, anchor, inferred)


def first(text: str, language: str, anchor: str | None, inferred: bool = False):
    found = times(text, language, anchor, inferred)
    assert found, f"no time found in {text!r}"
    return found[0]


# (sentence, anchor, expected phrase, expected EDTF, expected precision)
ID_CASES = [
    # absolute
    ("Percakapan video pada Rabu, 4 Februari 2026, menurut laporan.", None, "Rabu, 4 Februari 2026", "2026-02-04", "day"),
    ("Panggilan video pada Rabu (4/2/2026).", None, "Rabu (4/2/2026)", "2026-02-04", "day"),
    ("Mereka bertemu pada hari Rabu (4/02).", THU, "Rabu (4/02)", "2026-02-04", "day"),
    ("Muhammad Reyhansyah • 5 February 2026 10:13", None, "5 February 2026 10:13", "2026-02-05", "day"),
    ("Kamis, 5 Februari 2026 - 8:56 WIB", None, "Kamis, 5 Februari 2026 - 8:56 WIB", "2026-02-05", "day"),
    ("Rapat digelar 17 Agustus 1945 di Jakarta.", None, "17 Agustus 1945", "1945-08-17", "day"),
    ("Pertemuan berlangsung 3 Des 2024 di Bali.", None, "3 Des 2024", "2024-12-03", "day"),
    ("Sidang dibuka 12 Nopember 2025.", None, "12 Nopember 2025", "2025-11-12", "day"),
    ("Ia dilantik pada 20 Oktober.", THU, "20 Oktober", "2025-10-20", "day"),
    ("Putin mengirim pasukan ke Ukraina pada Februari 2022.", None, "Februari 2022", "2022-02", "month"),
    ("Awal Februari 2026, kedua presiden bertemu.", None, "Awal Februari 2026", "2026-02-01/2026-02-10", "part-month"),
    ("Proyek itu rampung akhir Maret 2025.", None, "akhir Maret 2025", "2025-03-21/2025-03-31", "part-month"),
    # weekdays, past by default, the anchor day itself included
    ("Sebelumnya, pada Selasa, para diplomat bertemu.", WED, "pada Selasa", "2026-02-03", "day"),
    ("Xi menelepon Putin pada Rabu.", WED, "pada Rabu", "2026-02-04", "day"),
    ("Xi menelepon Putin pada Rabu.", THU, "pada Rabu", "2026-02-04", "day"),
    ("Menteri itu tiba Senin.", "2026-02-01", "Senin", "2026-01-26", "day"),
    ("Dalam panggilan video yang berlangsung Rabu lalu, kedua pemimpin bicara.", THU, "Rabu lalu", "2026-02-04", "day"),
    ("Dalam panggilan video yang berlangsung Rabu lalu, kedua pemimpin bicara.", WED, "Rabu lalu", "2026-01-28", "day"),
    ("Rusia akan bertindak setelah perjanjian berakhir pada Kamis.", WED, "pada Kamis", "2026-02-05", "day"),
    ("Rusia akan bertindak setelah perjanjian berakhir pada Kamis.", THU, "pada Kamis", "2026-02-05", "day"),
    ("Sidang lanjutan digelar Jumat depan.", WED, "Jumat depan", "2026-02-06", "day"),
    ("Presiden tiba kemarin di Jakarta.", "2026-03-01", "kemarin", "2026-02-28", "day"),
    ("Rapat digelar hari ini.", WED, "hari ini", "2026-02-04", "day"),
    ("Ia datang tiga hari lalu.", "2026-01-02", "tiga hari lalu", "2025-12-30", "day"),
    # relative units and parts
    ("Ia mengunjungi Beijing pekan lalu.", WED, "pekan lalu", "2026-01-26/2026-02-01", "week"),
    ("Perjanjian itu dijadwalkan berakhir pekan ini.", WED, "pekan ini", "2026-02-02/2026-02-08", "week"),
    ("Shoigu mengunjungi Beijing akhir pekan lalu.", WED, "akhir pekan lalu", "2026-01-31~", "day"),
    ("Harga naik bulan lalu.", WED, "bulan lalu", "2026-01", "month"),
    ("Harga naik bulan lalu.", "2026-01-10", "bulan lalu", "2025-12", "month"),
    ("Perdagangan mencapai 200 miliar dolar tahun lalu.", WED, "tahun lalu", "2025", "year"),
    ("Kedua pemimpin bertemu pada September lalu.", WED, "September lalu", "2025-09", "month"),
    ("Xi mengunjungi Moskow pada Mei tahun lalu.", WED, "Mei tahun lalu", "2025-05", "month"),
    ("Xi dan Trump bertemu akhir tahun lalu di Korea Selatan.", WED, "akhir tahun lalu", "2025-36~", "quarter"),
    ("Peringatan itu jatuh akhir bulan ini.", WED, "akhir bulan ini", "2026-02-21/2026-02-28", "part-month"),
    ("Peringatan itu jatuh akhir bulan ini.", "2024-02-10", "akhir bulan ini", "2024-02-21/2024-02-29", "part-month"),
    ("Sejak awal tahun ini, situasi bergejolak.", WED, "awal tahun ini", "2026-33~", "quarter"),
    ("Putin diundang berkunjung pada paruh pertama 2026.", WED, "paruh pertama 2026", "2026-40", "half-year"),
    ("Putin diundang berkunjung pada paruh pertama tahun ini.", WED, "paruh pertama tahun ini", "2026-40", "half-year"),
    ("Target dicapai pada paruh kedua tahun depan.", WED, "paruh kedua tahun depan", "2027-41", "half-year"),
    ("Laba naik pada kuartal ketiga 2025.", None, "kuartal ketiga 2025", "2025-35", "quarter"),
    ("Trump berkunjung ke China pada bulan April mendatang.", WED, "bulan April mendatang", "2026-04", "month"),
    ("Ia akan menghadiri KTT APEC yang akan digelar pada November.", WED, "pada November", "2026-11", "month"),
    ("Trump pada Januari meluncurkan rencana itu.", WED, "pada Januari", "2026-01", "month"),
    ("Putin dan Xi terakhir bertemu pada September.", WED, "pada September", "2025-09", "month"),
    ("Pada Desember, harga naik.", "2026-01-03", "Pada Desember", "2025-12", "month"),
    ("Moskow melancarkan operasi militernya pada 2022.", WED, "pada 2022", "2022", "year"),
    ("Dua pertemuan puncak digelar sepanjang 2025.", WED, "sepanjang 2025", "2025", "year"),
    ("Tarif baru berlaku Januari mendatang.", "2025-12-20", "Januari mendatang", "2026-01", "month"),
    ("Kantor itu tutup pada Desember lalu.", "2026-01-05", "Desember lalu", "2025-12", "month"),
]

EN_CASES = [
    ("They spoke on February 4, 2026.", None, "February 4, 2026", "2026-02-04", "day"),
    ("He spoke on Thursday, Feb. 5, 2026 at 10:13 GMT.", None, "Thursday, Feb. 5, 2026 at 10:13 GMT", "2026-02-05", "day"),
    ("The leaders spoke on Wednesday.", THU, "on Wednesday", "2026-02-04", "day"),
    ("The leaders spoke on Thursday.", THU, "on Thursday", "2026-02-05", "day"),
    ("She arrived last Thursday.", THU, "last Thursday", "2026-01-29", "day"),
    ("The vote is next Tuesday.", THU, "next Tuesday", "2026-02-10", "day"),
    ("It was announced yesterday.", "2026-01-01", "yesterday", "2025-12-31", "day"),
    ("He will travel tomorrow.", "2025-12-31", "tomorrow", "2026-01-01", "day"),
    ("It happened two days ago.", THU, "two days ago", "2026-02-03", "day"),
    ("He visited last month.", THU, "last month", "2026-01", "month"),
    ("He visited last month.", "2026-01-15", "last month", "2025-12", "month"),
    ("The summit will be held later this month.", THU, "later this month", "2026-02", "month"),
    ("Talks are planned in the first half of this year.", THU, "the first half of this year", "2026-40", "half-year"),
    ("Output fell in the second half of 2025.", None, "the second half of 2025", "2025-41", "half-year"),
    ("It expired last year.", THU, "last year", "2025", "year"),
    ("They met last September.", THU, "last September", "2025-09", "month"),
    ("They met in May last year.", THU, "May last year", "2025-05", "month"),
    ("The deal was agreed late last year.", THU, "late last year", "2025-36~", "quarter"),
    ("He will visit in April.", THU, "in April", "2026-04", "month"),
    ("Russia invaded Ukraine in February 2022.", None, "February 2022", "2022-02", "month"),
    ("It was launched last weekend.", THU, "last weekend", "2026-01-31~", "day"),
    ("The treaty expires at the end of this month.", THU, "the end of this month", "2026-02-21/2026-02-28", "part-month"),
    ("Sales fell in the second quarter of 2025.", None, "the second quarter of 2025", "2025-34", "quarter"),
    ("Prices rose in the summer of 2025.", None, "summer of 2025", "2025-22", "season"),
    ("Prices rose last winter.", "2026-06-01", "last winter", "2025-24", "season"),
    ("The firm was founded in 1998.", None, "in 1998", "1998", "year"),
    ("The pact was signed in early 2024.", None, "early 2024", "2024-33~", "quarter"),
]


@pytest.mark.parametrize(("text", "anchor", "phrase", "edtf", "precision"), ID_CASES)
def test_indonesian(text, anchor, phrase, edtf, precision):
    found = [t for t in times(text, "id", anchor) if not t.rule.startswith("days-")]
    assert [(t.phrase, t.edtf, t.precision) for t in found] == [(phrase, edtf, precision)]


@pytest.mark.parametrize(("text", "anchor", "phrase", "edtf", "precision"), EN_CASES)
def test_english(text, anchor, phrase, edtf, precision):
    found = [t for t in times(text, "en", anchor) if not t.rule.startswith("days-")]
    assert [(t.phrase, t.edtf, t.precision) for t in found] == [(phrase, edtf, precision)]


def test_at_least_sixty_cases():
    assert len(ID_CASES) + len(EN_CASES) >= 60


@pytest.mark.parametrize(
    "text",
    [
        "Percakapan berlangsung selama 1 jam 25 menit.",
        "Percakapan berlangsung satu jam 25 menit dalam suasana bersahabat.",
        "Volume perdagangan sekitar 200 miliar dolar.",
        "Sebanyak 2026 orang hadir dan 1.000 lainnya menonton.",
        "Skor akhir 3/4 untuk tim tamu.",
        "The deal is worth $200 billion.",
        "Minggu depan adalah minggu yang sibuk bagi May dan Marc.",
    ],
)
def test_not_dates(text):
    lang = "en" if "deal" in text else "id"
    found = [t for t in times(text, lang, WED) if t.rule not in ("relative-unit",)]
    assert found == [], [(t.phrase, t.rule) for t in found]


def test_minggu_is_week_before_sunday():
    t = first("Rapat digelar minggu depan.", "id", WED)
    assert (t.edtf, t.precision) == ("2026-02-09/2026-02-15", "week")


def test_weekday_contradicting_its_date_is_flagged():
    t = first("Panggilan berlangsung Rabu (5/2/2026).", "id", None)
    assert t.edtf == "2026-02-05"
    assert t.warning and "Rabu" in t.warning and "Thursday" not in t.warning


def test_matching_weekday_has_no_warning():
    assert first("Panggilan berlangsung Rabu (4/2/2026).", "id", None).warning is None


def test_anchor_is_recorded_for_relative_and_not_for_absolute():
    rel = first("Ia datang pekan lalu.", "id", WED, inferred=True)
    assert rel.anchor == WED and rel.anchor_inferred and rel.rule == "relative-unit"
    ab = first("Ia datang 4 Februari 2026.", "id", WED, inferred=True)
    assert ab.anchor is None and not ab.anchor_inferred and ab.rule == "abs-dmy"


def test_explicit_lalu_on_the_anchor_day_depends_on_how_the_anchor_is_known():
    # a Wednesday paper's "Rabu lalu" is a week ago; with an inferred anchor it may be that day
    assert first("Ia datang Rabu lalu.", "id", WED).edtf == "2026-01-28"
    assert first("Ia datang Rabu lalu.", "id", WED, inferred=True).edtf == "2026-02-04"


def test_year_boundary_weekday():
    assert first("Mereka bertemu pada Rabu.", "id", "2026-01-01").edtf == "2025-12-31"


def test_unknown_anchor_keeps_the_phrase_unresolved():
    t = first("Dalam panggilan video yang berlangsung Rabu lalu.", "id", None)
    assert t.edtf == "" and t.phrase == "Rabu lalu" and t.warning


def test_days_before_takes_the_following_date_approximately():
    found = times("Kemitraan dideklarasikan beberapa hari sebelum invasi pada Februari 2022.", "id", WED)
    before = [t for t in found if t.rule.startswith("days-before")]
    assert before and before[0].edtf == "2022-02~" and before[0].approximate
    en = times("The pact came just days before the invasion in February 2022.", "en", None)
    assert any(t.rule.startswith("days-before") and t.edtf == "2022-02~" for t in en)


def test_offsets_index_the_text():
    text = "Pembuka.\n\nXi menelepon Putin pada Rabu, 4 Februari 2026."
    paras = text.split("\n\n")
    found = normalise_times(text, split_sentences(paras), "id", None)
    assert text[found[0].start:found[0].end] == found[0].phrase


def test_infer_anchor_takes_the_latest_full_date():
    text = "Pada Rabu (4/2/2026) Xi menelepon. Dilansir Kamis, 5 Februari 2026."
    assert infer_anchor(text, split_sentences([text]), "id") == "2026-02-05"


def test_infer_anchor_from_weekday_day_month_and_a_year_in_the_text():
    text = "Xi berbicara pada hari Rabu (4/02). Ia ingin menjadikan 2026 tahun kerja sama."
    assert infer_anchor(text, split_sentences([text]), "id") == "2026-02-04"


def test_infer_anchor_none_without_dates():
    text = "Dalam panggilan video yang berlangsung Rabu lalu, keduanya bicara."
    assert infer_anchor(text, split_sentences([text]), "id") is None


@pytest.mark.parametrize(
    ("edtf", "label"),
    [("2026-02-04", "4 Feb 2026"), ("2025-09", "Sep 2025"), ("2026-40", "H1 2026"), ("2025~", "~2025"),
     ("2025-36~", "~Q4 2025"), ("2025-22", "Summer 2025")],
)
def test_format_date(edtf, label):
    assert format_date(edtf, None, "en") == label


def test_edtf_bounds():
    import datetime as dt

    assert edtf_bounds("2026-40") == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert edtf_bounds("2025-24") == (dt.date(2025, 12, 1), dt.date(2026, 2, 28))
    assert edtf_bounds("2026-01-26/2026-02-01") == (dt.date(2026, 1, 26), dt.date(2026, 2, 1))


# abbreviated English months, with and without the AP-style dot; clock times with offsets
@pytest.mark.parametrize("text,phrase,edtf", [
    ("The ferry sailed again on Feb 12, officials said.", "Feb 12", "2026-02-12"),
    ("The ferry sailed again on Feb. 2, officials said.", "Feb. 2", "2026-02-02"),
    ("The depot closed on Sept. 3 after a fire.", "Sept. 3", "2025-09-03"),
    ("The depot closed on 12 Jan after a fire.", "12 Jan", "2026-01-12"),
    ("The depot closed on Dec 30 after a fire.", "Dec 30", "2025-12-30"),
])
def test_abbreviated_month_with_day(text, phrase, edtf):
    t = first(text, "en", "2026-02-20")
    assert (t.phrase, t.edtf, t.precision) == (phrase, edtf, "day")


def test_clock_with_meridiem_and_zone_offset_stays_in_the_phrase():
    t = first("Updated May 7, 2026 9:05 AM GMT+2", "en", None)
    assert (t.phrase, t.edtf) == ("May 7, 2026 9:05 AM GMT+2", "2026-05-07")


def test_weekdays_in_a_conditional_quote_look_forward():
    found = times('"If the mayor signs the deal on Monday, we reopen the depot on Wednesday," she said.', "en", THU)
    assert [t.edtf for t in found] == ["2026-02-09", "2026-02-11"]


def test_weekday_of_the_telling_stays_in_the_past_in_a_future_sentence():
    found = times("She said on Monday that the council would vote on Friday.", "en", THU)
    assert [t.edtf for t in found] == ["2026-02-02", "2026-02-06"]


@pytest.mark.parametrize("text,edtf", [
    ("Rapat lanjutan akan digelar Senin.", "2026-02-09"),
    ("Jika hujan reda Sabtu, warga kembali ke rumah.", "2026-02-07"),
    ("Kalau dana cair pada Selasa, proyek jalan dimulai.", "2026-02-10"),
])
def test_indonesian_future_and_conditional_weekdays_look_forward(text, edtf):
    assert first(text, "id", THU).edtf == edtf


def test_indonesian_weekday_after_a_verb_of_saying_is_past():
    found = times("Pertemuan berikutnya akan digelar Jumat, ujarnya, Senin.", "id", THU)
    assert [t.edtf for t in found] == ["2026-02-06", "2026-02-02"]


@pytest.mark.parametrize("text,language,phrase,edtf,precision", [
    ("A vaccination campaign is due to start in the coming weeks.", "en", "in the coming weeks",
     "2026-04-16/2026-05-13", "month"),
    ("Talks will resume over the next few days.", "en", "over the next few days", "2026-04-16/2026-04-22", "week"),
    ("Kampanye dimulai dalam beberapa pekan ke depan.", "id", "beberapa pekan ke depan", "2026-04-16/2026-05-13",
     "month"),
    ("Hujan diperkirakan turun beberapa hari mendatang.", "id", "beberapa hari mendatang", "2026-04-16/2026-04-22",
     "week"),
    ("The wall will be built next year.", "en", "next year", "2027", "year"),
    ("Dinding akan dibangun tahun depan.", "id", "tahun depan", "2027", "year"),
    ("The donors will meet early next month.", "en", "early next month", "2026-05-01/2026-05-10", "part-month"),
    ("Leaders want money from next month's conference.", "en", "next month", "2026-05", "month"),
])
def test_coming_periods_and_next_year(text, language, phrase, edtf, precision):
    t = first(text, language, "2026-04-15")
    assert (t.phrase, t.edtf, t.precision) == (phrase, edtf, precision)


def test_a_few_days_ago_is_not_coming():
    t = first("Beberapa hari lalu hujan turun.", "id", "2026-04-15")
    assert t.edtf == "2026-04-14" and t.rule != "coming"


@pytest.mark.parametrize("text,language,phrase,edtf", [
    ("Rapat lanjutan dijadwalkan pada 16-17 Juni 2026.", "id", "16-17 Juni 2026", "2026-06-16/2026-06-17"),
    ("Rapat digelar 30 Juni-1 Juli 2026.", "id", "30 Juni-1 Juli 2026", "2026-06-30/2026-07-01"),
    ("Rapat akan digelar 16 hingga 17 Juni.", "id", "16 hingga 17 Juni", "2026-06-16/2026-06-17"),
    ("The council meets June 16-17, 2026.", "en", "June 16-17, 2026", "2026-06-16/2026-06-17"),
    ("The board will meet on June 16–17.", "en", "June 16–17", "2026-06-16/2026-06-17"),
    ("The board met on Jan. 27-28.", "en", "Jan. 27-28", "2026-01-27/2026-01-28"),
])
def test_day_ranges_are_intervals(text, language, phrase, edtf):
    t = first(text, language, "2026-05-08")
    assert (t.phrase, t.edtf, t.precision) == (phrase, edtf, "day")


def test_n_days_before_and_earlier():
    assert first("Dewan telah menaikkan tarif dua hari sebelumnya.", "id", "2026-05-08").edtf == "2026-05-06"
    assert first("The board had raised fees two days earlier.", "en", "2026-05-08").edtf == "2026-05-06"


@pytest.mark.parametrize("text,edtf", [
    ("Minister Elena Varga, who negotiated the pact signed on January 9, is due to testify on Tuesday.", "2026-01-09"),
    ("Elena Varga, who had negotiated the pact on Jan. 9, will testify on Tuesday.", "2026-01-09"),
    ("The pact was signed on January 9.", "2026-01-09"),
    ("The pact will be signed on January 9.", "2027-01-09"),
    ("The pact, expected on January 9, will be reviewed.", "2027-01-09"),
])
def test_month_day_without_year_looks_back_in_a_past_clause(text, edtf):
    assert first(text, "en", "2026-05-18").edtf == edtf


def test_indonesian_past_clause_in_a_future_sentence():
    found = times("Kesepakatan yang telah diteken pada 9 Januari, akan ditinjau Selasa.", "id", "2026-05-18")
    assert [t.edtf for t in found] == ["2026-01-09", "2026-05-19"]


# ---- seasons, tenseless dates (round 4): invented sentences ------------------------------------------------

MAR3 = "2026-03-03"  # a Tuesday
APR15 = "2026-04-15"  # a Wednesday


@pytest.mark.parametrize("text, anchor, phrase, edtf", [
    ("Kestrel Athletic broke the spending rules in the 2024-25 season.", MAR3, "2024-25 season", "2024-08/2025-05"),
    ("Two clubs were punished in 2023-24 for the same offence.", MAR3, "2023-24", "2023-08/2024-05"),
    ("The coach won the cup last season.", MAR3, "last season", "2024-08/2025-05"),
    ("The side reached the final this season.", MAR3, "this season", "2025-08/2026-05"),
    ("The club could be barred from next season's competitions.", MAR3, "next season", "2026-08/2027-05"),
    ("The club was promoted last season.", "2026-07-01", "last season", "2025-08/2026-05"),  # between seasons
])
def test_split_seasons(text, anchor, phrase, edtf):
    t = first(text, "en", anchor)
    assert phrase in t.phrase and t.edtf == edtf


def test_a_span_of_years_without_a_season_cue_is_no_season():
    assert all(t.edtf != "2019-08/2020-05" for t in times("Output grew from 2019-2020 onwards.", "en", MAR3))


@pytest.mark.parametrize("text, language, anchor, phrase, edtf", [
    # no tense cue: the nearest such day, within about six months
    ("Harbourside visit Millbrook on Saturday before a trip to Fenwick on March 15.", "en", MAR3, "March 15",
     "2026-03-15"),
    ("Harbourside host Millbrook on Saturday.", "en", MAR3, "on Saturday", "2026-03-07"),
    # a past cue keeps looking back
    ("Harbourside hosted Millbrook on Saturday.", "en", MAR3, "on Saturday", "2026-02-28"),
    ("The regulator charged the club in November.", "en", MAR3, "in November", "2025-11"),
    ("Puncak festival diperkirakan jatuh pada akhir Mei.", "id", APR15, "akhir Mei", "2026-05-21/2026-05-31"),
    ("Rombongan kedua tiba awal Mei di Tanjung Ara.", "id", APR15, "awal Mei", "2026-05-01/2026-05-10"),
    ("Surat itu diterima tiga hari lalu.", "id", APR15, "tiga hari lalu", "2026-04-12"),
    ("Pada musim tanam 2025, panen sempat tertunda.", "id", APR15, "musim tanam 2025", "2025"),
    ("Klub itu juara pada musim 2024/2025.", "id", APR15, "musim 2024/2025", "2024-08/2025-05"),
])
def test_tenseless_and_past_dates(text, language, anchor, phrase, edtf):
    found = [t for t in times(text, language, anchor) if phrase in t.phrase]
    assert found and found[0].edtf == edtf, [(t.phrase, t.edtf) for t in times(text, language, anchor)]


# ---- round 5: months of last year, spans of days, "until" in any tense (invented sentences) -----------------

@pytest.mark.parametrize("text,language,phrase,edtf", [
    ("The board opened its review in March last year.", "en", "March last year", "2025-03"),
    ("It sent its findings in November.", "en", "in November", "2025-11"),
    ("Dewan membuka penyelidikan pada Maret tahun lalu.", "id", "Maret tahun lalu", "2025-03"),
    ("The firm has until mid-August to respond.", "en", "mid-August", "2026-08-11/2026-08-20"),
    ("Batas waktu pendaftaran hingga akhir bulan.", "id", "akhir bulan", "2026-06-21/2026-06-30"),
])
def test_round5_resolutions(text, language, phrase, edtf):
    found = {t.phrase: t.edtf for t in times(text, language, "2026-06-03")}
    assert found.get(phrase) == edtf, found


def test_until_a_day_without_year_stays_in_the_anchor_year_in_a_past_sentence():
    found = times("Gubernur sudah menetapkan status darurat hingga 19 Juni.", "id", "2026-06-08")
    assert [t.edtf for t in found] == ["2026-06-19"]


def test_two_days_joined_by_hingga_are_one_span():
    found = times("Status berlaku sejak Sabtu (6/6/2026) hingga Jumat (19/6/2026).", "id", "2026-06-07")
    assert [t.edtf for t in found] == ["2026-06-06/2026-06-19"]
    assert edtf_bounds(found[0].edtf) is not None


def test_from_one_day_to_another_in_english_is_one_span():
    found = times("The fair runs from June 6, 2026 until June 19, 2026.", "en", "2026-06-03")
    assert [t.edtf for t in found] == ["2026-06-06/2026-06-19"]


def test_a_forecast_weekday_looks_forward():
    found = times("A total fire ban has been declared for Friday, when another hot day is forecast.", "en", THU)
    assert [t.edtf for t in found] == ["2026-02-06"]


def test_a_past_clause_joined_to_a_future_one_looks_back():
    # Thursday's paper: the surgery was on Wednesday, the recovery is to come
    found = times("The driver injured near the bridge early on Wednesday, a local man, underwent surgery on "
                  "Wednesday night and is expected to recover.", "en", THU)
    assert [t.edtf for t in found] == ["2026-02-04", "2026-02-04"]


def test_a_day_a_case_was_postponed_to_lies_ahead():
    found = times("The case was postponed to April 16 for a bail application.", "en", "2026-04-02")
    assert [t.edtf for t in found] == ["2026-04-16"]
    found = times("Sidang itu ditunda hingga Senin (16/2).", "id", "2026-02-13")
    assert [t.edtf for t in found] == ["2026-02-16"]


# ---- fourth session: tense cues, counted days, ordinal days, "of that year" (invented sentences) -----------------

@pytest.mark.parametrize("text,lang,anchor,phrase,edtf", [
    # the start of a state that holds now lies behind, whatever the sentence's tense
    ("The advisory, in place since Sunday, covers the whole city.", "en", "2026-03-12", "since Sunday", "2026-03-08"),
    # a verb the same in the present and the past ("cut") tells the past when nothing looks forward
    ("A windstorm cut power to the plant at about 10:40 p.m. Friday.", "en", "2026-03-12", "Friday", "2026-03-06"),
    # a relative clause told in the past, in a sentence that speaks of the future
    ("Households will see a credit next month for the advisory that left the city without water in March.", "en",
     "2026-03-12", "in March", "2026-03"),
    # "would have been sold": a past that did not come about looks back
    ("A proposal put forward in January, under which the terminal would have been sold, failed.", "en", "2026-03-12",
     "in January", "2026-01"),
    # a day a hearing is fixed for lies ahead, told in any tense
    ("A full extradition hearing was fixed for April 14.", "en", "2026-03-12", "April 14", "2026-04-14"),
    ("He would meet them in January.", "en", "2026-03-12", "in January", "2027-01"),
    # a number of days counted back (or on) from the day told before
    ("Pemerintah memulai imunisasi kejar pada Senin (2/3/2026), empat hari setelah kementerian menetapkan status KLB.",
     "id", "2026-03-03", "empat hari setelah", "2026-02-26"),
    ("The campaign began on Monday, March 2, four days after the ministry declared an outbreak.", "en", "2026-03-03",
     "four days after", "2026-02-26"),
    ("Rebels seized the town on Monday, March 2, two days before the ceasefire talks.", "en", "2026-03-03",
     "two days before", "2026-03-04"),
    # ordinal days
    ("Saturday, 14th March 2026, 9:10am", "en", "2026-03-16", "Saturday, 14th March 2026, 9:10am", "2026-03-14"),
    ("It was signed on the 3rd of March 2026.", "en", "2026-03-16", "the 3rd of March 2026", "2026-03-03"),
    # a month "of that year": the year printed last, as a time or not ("The 2001 outbreak")
    ("The 2001 outbreak, confined to a single farm in March of that year, led to a cull.", "en", "2026-03-16",
     "in March", "2001-03"),
    ("Kebakaran pertama terjadi pada 2019. Pada Mei tahun itu, api kembali membesar.", "id", "2026-03-16", "Pada Mei",
     "2019-05"),
])
def test_fourth_session_resolutions(text, lang, anchor, phrase, edtf):
    found = {t.phrase: t.edtf for t in times(text, lang, anchor)}
    assert found[phrase] == edtf, found


def test_days_counted_give_way_to_a_time_of_their_own():
    found = [t for t in times("The rebels attacked on Monday, two days before the vote on March 4.", "en", "2026-03-03")
             if t.rule.startswith("counted")]
    assert found == []
