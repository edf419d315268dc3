"""Event mentions in one article, and events merged across articles (small stories of our own)."""

from __future__ import annotations

import re

from dossier.extract.events import find_event_mentions
from dossier.extract.sentences import split_sentences
from dossier.extract.timex import infer_anchor, normalise_times
from dossier.link.events import link_events, reanchor, slugify
from dossier.model import Article, Extraction, Mention

# surface form -> (type, subtype, key): what a mention finder would give for these stories
NAMES = {
    "Prabowo Subianto": ("person", None, "Prabowo Subianto"),
    "Prabowo": ("person", None, "Prabowo Subianto"),
    "Anthony Albanese": ("person", None, "Anthony Albanese"),
    "Albanese": ("person", None, "Anthony Albanese"),
    "Joe Biden": ("person", None, "Joe Biden"),
    "Canberra": ("place", "city", "Canberra"),
    "Kuala Lumpur": ("place", "city", "Kuala Lumpur"),
    "ASEAN": ("organization", "international", "ASEAN"),
    "Indonesia": ("place", "country", "Indonesia"),
    "Australia": ("place", "country", "Australia"),
    "Jakarta": ("place", "city", "Jakarta"),
}


def mentions_of(text: str, sentences) -> tuple[Mention, ...]:
    out = []
    taken: list[tuple[int, int]] = []
    for surface in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            typ, sub, key = NAMES[surface]
            sent = next(s.index for s in sentences if s.start <= m.start() < s.end)
            out.append(Mention(surface, m.start(), m.end(), sent, typ, sub, key))
    return tuple(sorted(out, key=lambda m: m.start))


def article(aid: str, paragraphs: list[str], language: str, published: str | None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", title=None, outlet=f"Outlet {aid}", url=None, published=published,
                   author=None, language=language, paragraphs=tuple(paragraphs), content_hash=aid)


def extract(a: Article) -> Extraction:
    sents = split_sentences(a.paragraphs)
    anchor, inferred = a.published_date, False
    if anchor is None:
        anchor = infer_anchor(a.text, sents, a.language)
        inferred = anchor is not None
    ms = mentions_of(a.text, sents)
    times = normalise_times(a.text, sents, a.language, anchor, inferred)
    ems = find_event_mentions(a.text, sents, ms, times, a.language, anchor)
    return Extraction(a.id, sents, ms, times, (), ems, anchor, inferred)


class FakeLinks:
    """EntityLinks stand-in: one entity per mention key."""

    def entity_id(self, article_id: str, mention_key: str) -> str | None:
        return slugify(mention_key) or None


ID_A = article("a1", [
    "Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Canberra pada Senin (3/3/2025).",
    "Kedua pemimpin membahas perdagangan dalam pertemuan itu. Prabowo akan menghadiri KTT ASEAN di Kuala Lumpur "
    "pada Mei mendatang.",
    "Beberapa jam setelah pertemuan tersebut, Albanese menelepon Presiden Joe Biden.",
], "id", "2025-03-04")
EN_B = article("b2", [
    "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in Canberra on Monday.",
    "Prabowo will attend the ASEAN summit in Kuala Lumpur in May.",
], "en", "2025-03-04T09:00:00+11:00")
ID_C = article("c3", [
    "Dalam pertemuan yang berlangsung Senin lalu di Canberra, Prabowo Subianto dan Anthony Albanese sepakat "
    "memperluas kerja sama.",
], "id", None)


def test_meeting_with_time_participants_and_place():
    ex = extract(ID_A)
    meetings = [e for e in ex.event_mentions if e.kind == "meeting"]
    assert len(meetings) == 1
    m = meetings[0]
    assert m.time is not None and m.time.edtf == "2025-03-03"
    assert set(m.participants) >= {"Prabowo Subianto", "Anthony Albanese"}
    assert m.place == "Canberra"
    assert not m.planned


def test_planned_summit_in_both_languages():
    for art, phrase in ((ID_A, "Mei mendatang"), (EN_B, "in May")):
        summits = [e for e in extract(art).event_mentions if e.kind == "summit"]
        assert len(summits) == 1, art.id
        assert summits[0].time.edtf == "2025-05" and phrase in summits[0].time.phrase
        assert summits[0].planned
        assert "ASEAN" in summits[0].participants
        assert summits[0].place == "Kuala Lumpur"


def test_sentence_without_a_time_is_no_event():
    sent_index = next(s.index for s in extract(ID_A).sentences if s.text.startswith("Kedua pemimpin"))
    assert all(e.sentence != sent_index for e in extract(ID_A).event_mentions)


def test_same_time_phrase_with_back_reference_inherits_the_date():
    calls = [e for e in extract(ID_A).event_mentions if e.kind == "call"]
    assert len(calls) == 1
    assert calls[0].time.edtf == "2025-03-03" and calls[0].time.rule.startswith("linked:")
    assert set(calls[0].participants) >= {"Anthony Albanese", "Joe Biden"}


def test_anniversary_absorbs_the_happening_it_commemorates():
    a = article("d4", ["Warga berkumpul menjelang peringatan dua tahun dimulainya operasi militer di Jakarta "
                       "akhir bulan ini."], "id", "2025-03-04")
    kinds = [e.kind for e in extract(a).event_mentions]
    assert kinds == ["anniversary"]


def test_barrier_word_keeps_a_time_from_the_wrong_trigger():
    a = article("e5", ["Prabowo Subianto menelepon Anthony Albanese, menjelang peringatan dua tahun kerja sama "
                       "akhir bulan ini."], "id", "2025-03-04")
    kinds = {e.kind: e.time.edtf for e in extract(a).event_mentions}
    assert "call" not in kinds and kinds.get("anniversary") == "2025-03-21/2025-03-31"


def test_reports_merge_across_articles_and_languages():
    arts = [ID_A, EN_B]
    exs = {a.id: extract(a) for a in arts}
    events = link_events(arts, exs, FakeLinks(), "id")
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 1
    ev = meetings[0]
    assert ev.articles == ("a1", "b2")
    assert ev.date == "2025-03-03" and ev.precision == "day"
    assert {"prabowo-subianto", "anthony-albanese"} <= set(ev.participants)
    assert ev.place == "canberra"
    assert ev.title.startswith("Pertemuan ") and "Prabowo Subianto" in ev.title and "Anthony Albanese" in ev.title
    assert "Canberra" in ev.title
    assert {r.phrase for r in ev.reports} == {"Senin (3/3/2025)", "on Monday"}
    trail = {r.article_id: (r.anchor, r.rule) for r in ev.reports}
    assert trail["a1"] == (None, "abs-numeric") and trail["b2"] == ("2025-03-04", "weekday")
    summits = [e for e in events if e.kind == "summit"]
    assert len(summits) == 1 and summits[0].planned and summits[0].articles == ("a1", "b2")


def test_different_people_on_the_same_day_stay_apart():
    events = link_events([ID_A], {"a1": extract(ID_A)}, FakeLinks(), "id")
    day = [e for e in events if e.date == "2025-03-03"]
    assert len(day) == 2  # the meeting and the later phone call with another leader
    assert len({e.id for e in day}) == 2


def test_titles_in_the_dossier_language():
    arts = [ID_A, EN_B]
    exs = {a.id: extract(a) for a in arts}
    en = next(e for e in link_events(arts, exs, FakeLinks(), "en") if e.kind == "meeting")
    assert en.title.endswith("meeting in Canberra")


def test_ids_do_not_depend_on_article_order():
    arts = [ID_A, EN_B, ID_C]
    exs = {a.id: extract(a) for a in arts}
    one = link_events(arts, exs, FakeLinks(), "id")
    two = link_events(list(reversed(arts)), dict(reversed(list(exs.items()))), FakeLinks(), "id")
    assert [(e.id, e.date, e.articles) for e in one] == [(e.id, e.date, e.articles) for e in two]
    assert all(re.fullmatch(r"[a-z0-9-]+", e.id) for e in one)


def test_reanchor_from_other_articles():
    arts = [ID_A, EN_B, ID_C]
    exs = {a.id: extract(a) for a in arts}
    assert exs["c3"].anchor is None
    assert [e.time.edtf for e in exs["c3"].event_mentions] == [""]  # "Senin lalu" waits for an anchor
    fixed = reanchor(arts, exs, FakeLinks(), "id")
    assert fixed["c3"].anchor == "2025-03-03" and fixed["c3"].anchor_inferred
    assert fixed["a1"] is exs["a1"]
    events = link_events(arts, fixed, FakeLinks(), "id")
    meeting = next(e for e in events if e.kind == "meeting")
    assert meeting.articles == ("a1", "b2", "c3")
    c3 = next(r for r in meeting.reports if r.article_id == "c3")
    assert c3.anchor_inferred and c3.phrase == "Senin lalu"


def test_blocking_keeps_many_reports_fast():
    import time

    paras = [f"Prabowo Subianto bertemu Anthony Albanese di Jakarta pada {d} {m} 2024."
             for m in ("Januari", "Maret", "Mei", "Juli") for d in range(1, 29)]
    arts = [article(f"z{i:04d}", [p], "id", "2024-12-31") for i, p in enumerate(paras * 4)]
    exs = {a.id: extract(a) for a in arts}
    t0 = time.perf_counter()
    events = link_events(arts, exs, FakeLinks(), "id")
    assert time.perf_counter() - t0 < 5
    assert len(events) == len(paras)  # one event per day, four reports each
    assert all(len(e.articles) == 4 for e in events)


# general news events: courts, votes, strikes, talks breaking down, complaints, disasters
NAMES.update({
    "Pengadilan Negeri Sukamaju": ("organization", None, "Pengadilan Negeri Sukamaju"),
    "Serikat Buruh Maju": ("organization", None, "Serikat Buruh Maju"),
    "Badan Pengawas Sukamaju": ("organization", None, "Badan Pengawas Sukamaju"),
    "Sukamaju": ("place", "city", "Sukamaju"),
    "Harbour Union": ("organization", None, "Harbour Union"),
    "Coastal Terminals": ("organization", None, "Coastal Terminals"),
    "Portsmouth": ("place", "city", "Portsmouth"),
    "Freedonia Supreme Court": ("organization", None, "Freedonia Supreme Court"),
})


def mentions_in(paragraphs: list[str], language: str, published: str = "2026-03-13"):
    return extract(article("x", paragraphs, language, published)).event_mentions


def test_indonesian_hearing_absorbs_the_case_it_hears():
    ems = mentions_in(["Pengadilan Negeri Sukamaju menggelar sidang perdana perkara sengketa pilkada "
                       "pada Selasa (10/3/2026)."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("hearing", "2026-03-10")]
    assert "Pengadilan Negeri Sukamaju" in ems[0].participants


def test_vote_with_only_a_place_is_an_event():
    ems = mentions_in(["Pemungutan suara ulang di Sukamaju digelar pada Minggu (8/3/2026)."], "id")
    assert [(e.kind, e.time.edtf, e.place) for e in ems] == [("election", "2026-03-08", "Sukamaju")]


def test_indonesian_strike_needs_workers():
    ems = mentions_in(["Ribuan buruh Serikat Buruh Maju mogok kerja di Sukamaju pada Rabu (11/3/2026)."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("strike", "2026-03-11")]
    assert mentions_in(["Sebuah bus mogok di Sukamaju pada Rabu (11/3/2026)."], "id") == ()


def test_english_strike_by_workers_is_no_attack():
    ems = mentions_in(["Members of the Harbour Union walked off the job in Portsmouth on Tuesday."], "en")
    assert [(e.kind, e.time.edtf) for e in ems] == [("strike", "2026-03-10")]
    ems = mentions_in(["A missile strike hit Portsmouth on Tuesday."], "en")
    assert [e.kind for e in ems] == ["attack"]


def test_talks_breaking_down_borrow_the_organisations_named_before():
    ems = mentions_in(["The Harbour Union and Coastal Terminals have argued over pay for months.",
                       "Talks between the unions and the employers broke down last month."], "en")
    assert [(e.kind, e.time.edtf) for e in ems] == [("breakdown", "2026-02")]
    assert set(ems[0].participants) == {"Harbour Union", "Coastal Terminals"}


def test_statement_gives_way_to_the_happening_it_tells_of():
    ems = mentions_in(["Badan Pengawas Sukamaju pekan lalu menyatakan telah meneruskan dua laporan dugaan "
                       "pelanggaran ke polisi."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("complaint", "2026-03-02/2026-03-08")]


def test_plain_announcement_is_still_an_event():
    ems = mentions_in(["Badan Pengawas Sukamaju mengumumkan hasil pengawasan pada Senin (9/3/2026)."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("announcement", "2026-03-09")]


def test_news_report_is_no_complaint():
    ems = mentions_in(["Menurut laporan Badan Pengawas Sukamaju, pasar dibuka pada Senin (9/3/2026)."], "id")
    assert "complaint" not in [e.kind for e in ems]


def test_disaster_and_ruling_kinds():
    ems = mentions_in(["Gempa mengguncang Sukamaju pada Senin (9/3/2026)."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("disaster", "2026-03-09")]
    ems = mentions_in(["The Freedonia Supreme Court issued its ruling on the disputed vote on Feb. 20."], "en")
    assert [(e.kind, e.time.edtf) for e in ems] == [("ruling", "2026-02-20")]


def test_future_weekday_gives_a_planned_hearing():
    ems = mentions_in(["Sidang lanjutan di Pengadilan Negeri Sukamaju akan digelar Senin."], "id")
    assert [(e.kind, e.time.edtf, e.planned) for e in ems] == [("hearing", "2026-03-16", True)]


# ---------------------------------------------------------------------------------------
# general kinds of happenings in health and disaster news (invented stories)

NAMES.update({
    "Relief Alliance": ("organization", None, "Relief Alliance"),
    "Northland": ("place", "country", "Northland"),
    "Port Vale": ("place", "city", "Port Vale"),
    "Amara Osei": ("person", None, "Amara Osei"),
    "Osei": ("person", None, "Amara Osei"),
    "Health Ministry": ("organization", None, "Health Ministry"),
    "Sungai Cibeling": ("place", None, "Sungai Cibeling"),
    "Wargajaya": ("place", None, "Wargajaya"),
    "Bupati Suryo": ("person", None, "Suryo"),
    "Suryo": ("person", None, "Suryo"),
    "BPBD Sukamaju": ("organization", None, "BPBD Sukamaju"),
    "Rina Lestari": ("person", None, "Rina Lestari"),
    "Jalan Lintas Sukamaju": ("place", None, "Jalan Lintas Sukamaju"),
})
EN_PUB = "2026-04-15"  # a Wednesday


def kinds_in(paragraphs: list[str], language: str, published: str = EN_PUB):
    return [(e.kind, e.time.edtf) for e in mentions_in(paragraphs, language, published)]


def test_opening_told_in_the_passive():
    ems = mentions_in(["The new clinic was opened by Relief Alliance in Port Vale on Saturday."], "en", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("opening", "2026-04-11")]
    assert "Relief Alliance" in ems[0].participants


def test_opened_fire_is_no_opening():
    # no opening; the clause's own verb may still tell a happening, its subject the noun phrase "Gunmen"
    ems = mentions_in(["Gunmen opened fire on a bus in Port Vale on Saturday."], "en", EN_PUB)
    assert [e.kind for e in ems if e.kind != "happening"] == []
    assert all(e.subject_phrase == "Gunmen" and e.trigger == "opened fire" for e in ems)


def test_appeal_case_and_conference():
    assert kinds_in(["Relief Alliance launched a $12m appeal on Monday."], "en") == [("appeal", "2026-04-13")]
    assert kinds_in(["The Health Ministry said on Tuesday that a farmer tested positive in Port Vale."], "en") == [
        ("case", "2026-04-14")]
    ems = mentions_in(["Relief Alliance will host a donor conference in Port Vale on 6 May."], "en", EN_PUB)
    assert [(e.kind, e.time.edtf, e.place, e.planned) for e in ems] == [("conference", "2026-05-06", "Port Vale", True)]


def test_first_cases_confirmed_and_a_month_name_is_no_march():
    ems = mentions_in(["The outbreak, first confirmed in Port Vale on 18 March, has spread to Northland."], "en", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("case", "2026-03-18")]


def test_planned_vaccination_campaign():
    ems = mentions_in(["Relief Alliance says a vaccination campaign in Port Vale will begin on 20 April."], "en", EN_PUB)
    assert [(e.kind, e.time.edtf, e.planned) for e in ems] == [("vaccination", "2026-04-20", True)]
    ems = mentions_in(["Preparations for the vaccination drive in Port Vale starting Monday, April 20, are complete."],
                      "en", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("vaccination", "2026-04-20")]


def test_telling_day_dates_what_had_happened_before_only_approximately():
    # "said on Tuesday it had declared ...": the declaration came on or shortly before Tuesday, the day of the telling
    ems = mentions_in(["Relief Alliance said on Tuesday it had declared a state of emergency in Port Vale."], "en", EN_PUB)
    assert [(e.time.edtf, e.time.approximate) for e in ems if e.kind == "emergency"] == [("2026-04-14~", True)]
    # a relative clause's perfect ("who had travelled") does not: the happening is the one told
    ems = mentions_in(["The Health Ministry said on Tuesday that a trader who had travelled from Northland "
                       "tested positive in Port Vale."], "en", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("case", "2026-04-14")]


def test_speaker_after_the_report_is_no_participant():
    ems = mentions_in(["Relief Alliance will host a donor conference in Port Vale early next month, Amara Osei said."],
                      "en", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("conference", "2026-05-01/2026-05-10")]
    assert "Amara Osei" not in ems[0].participants


def test_dateline_place_is_no_participant():
    NAMES["PORT VALE"] = ("place", "city", "Port Vale")
    try:
        ems = mentions_in(["PORT VALE - Relief Alliance opened a field hospital in Northland on Saturday."], "en", EN_PUB)
    finally:
        del NAMES["PORT VALE"]
    assert [(e.kind, e.time.edtf) for e in ems] == [("opening", "2026-04-11")]
    assert "Port Vale" not in ems[0].participants and "Relief Alliance" in ems[0].participants


def test_indonesian_flood_since_a_day_and_one_mention_per_happening():
    ems = mentions_in(["Menurut Rina Lestari, Sungai Cibeling meluap sejak Sabtu (11/4) dan merendam permukiman di "
                       "Wargajaya."], "id", EN_PUB)
    assert [(e.kind, e.time.edtf, e.trigger) for e in ems] == [("disaster", "2026-04-11", "meluap")]
    assert set(ems[0].participants) == {"Sungai Cibeling", "Wargajaya"}  # the source is no participant


def test_first_since_is_no_onset():
    # "yang pertama sejak 2019": the meeting is not in 2019
    assert kinds_in(["Suryo bertemu Rina Lestari, pertemuan pertama sejak 2019."], "id") == []
    assert kinds_in(["Suryo and Amara Osei held their first meeting since Saturday."], "en") == []


def test_indonesian_emergency_evacuation_and_reopening():
    assert kinds_in(["Bupati Suryo menetapkan status tanggap darurat selama 14 hari sejak Senin (13/4)."], "id") == [
        ("emergency", "2026-04-13")]
    assert kinds_in(["Sekitar 2.000 warga di bantaran Sungai Cibeling mulai dievakuasi Kamis (16/4/2026) pagi."],
                    "id") == [("evacuation", "2026-04-16")]
    # the road is reopened; the landslide that buried it (a relative clause) is not dated by the reopening
    ems = mentions_in(["Rina Lestari menargetkan Jalan Lintas Sukamaju yang tertimbun longsor bisa dibuka kembali "
                       "paling lambat 30 April 2026."], "id", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("reopening", "2026-04-30")]


def test_quoted_modifier_is_no_happening():
    # "material longsor": the landslide's debris, not a landslide on the day of the telling
    assert kinds_in(['"Kami membersihkan material longsor," kata Rina Lestari, Selasa (14/4/2026).'], "id") == []


def test_statement_with_a_quoted_happening_is_a_statement():
    ems = mentions_in(['"Kami sudah mengevakuasi 300 warga," kata Rina Lestari di Wargajaya, Selasa (14/4/2026).'],
                      "id", EN_PUB)
    assert [(e.kind, e.time.edtf, e.trigger) for e in ems] == [("announcement", "2026-04-14", "pernyataan")]
    assert ems[0].participants[0] == "Rina Lestari"


def test_quoted_happening_with_its_own_time_stays():
    ems = mentions_in(['"Saya minta jalan bisa dibuka kembali akhir bulan ini," kata Suryo.'], "id", EN_PUB)
    assert [(e.kind, e.time.edtf, e.planned) for e in ems] == [("reopening", "2026-04-21/2026-04-30", True)]


def test_construction_and_relocation_next_year():
    assert kinds_in(["Rina Lestari menyebutkan dinding penahan tanah baru akan dibangun tahun depan."], "id") == [
        ("construction", "2027")]
    ems = mentions_in(["Bupati Suryo akan merelokasi 120 keluarga dari bantaran sungai. Relokasi ditargetkan rampung "
                       "tahun depan."], "id", EN_PUB)
    assert [(e.kind, e.time.edtf, e.participants) for e in ems] == [("relocation", "2027", ("Suryo",))]


def test_detection_weeks_ago_and_same_day_inspection():
    ems = mentions_in(["Rina Lestari mengatakan retakan di bahu jalan sudah terdeteksi dua pekan lalu.",
                       ], "id", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("detection", "2026-03-30/2026-04-05")]
    ems = mentions_in(["Bupati Suryo menetapkan status tanggap darurat pada Senin (13/4). Suryo meninjau lokasi longsor "
                       "bersama Rina Lestari pada hari yang sama."], "id", EN_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("emergency", "2026-04-13"), ("inspection", "2026-04-13")]


def test_subject_trigger_shares_the_verb_trigger_time():
    # "Longsor menutup ...": the landslide is the subject of the closure, both on Sunday
    ems = mentions_in(["Longsor menutup dua lajur Jalan Lintas Sukamaju di Wargajaya pada Minggu (12/4) malam."],
                      "id", EN_PUB)
    assert sorted((e.kind, e.time.edtf) for e in ems) == [("closure", "2026-04-12"), ("disaster", "2026-04-12")]


def test_decision_and_declaration_of_one_day_link_under_the_telling_kind():
    a = article("h1", ["Relief Alliance took the decision on Friday, sending doctors to Port Vale, said Amara Osei."],
                "en", EN_PUB)
    b = article("h2", ["On Friday Relief Alliance declared a state of emergency in Port Vale."], "en", "2026-04-14")
    exs = {x.id: extract(x) for x in (a, b)}
    events = link_events([a, b], exs, FakeLinks(), "en")
    assert [(e.kind, e.date, e.articles) for e in events] == [("emergency", "2026-04-10", ("h1", "h2"))]
    assert "amara-osei" not in events[0].participants


def test_title_names_what_was_opened():
    a = article("o1", ["The new clinic was opened by Relief Alliance on Saturday."], "en", EN_PUB)
    events = link_events([a], {"o1": extract(a)}, FakeLinks(), "en")
    assert [e.title for e in events] == ["Relief Alliance opens clinic"]
    b = article("o2", ["Rina Lestari menargetkan tol Wargajaya bisa dibuka kembali pada 30 April 2026."], "id", EN_PUB)
    events = link_events([b], {"o2": extract(b)}, FakeLinks(), "id")
    assert [e.title for e in events] == ["Tol dibuka kembali (Wargajaya)"]


# business, market and court happenings (invented names)
NAMES.update({
    "Bank Sentral Bahari": ("organization", None, "Bank Sentral Bahari"),
    "BSB": ("organization", None, "Bank Sentral Bahari"),
    "Bank Nirmala": ("organization", None, "Bank Nirmala"),
    "Otoritas Keuangan Bahari": ("organization", None, "Otoritas Keuangan Bahari"),
    "Hendra Wiratama": ("person", None, "Hendra Wiratama"),
    "Hendra": ("person", None, "Hendra Wiratama"),
    "Badan Statistik Bahari": ("organization", None, "Badan Statistik Bahari"),
    "Amerika Serikat": ("place", "country", "Amerika Serikat"),
    "AS": ("place", "country", "Amerika Serikat"),
    "US": ("place", "country", "United States"),
    "Komisi Keuangan": ("organization", None, "Komisi Keuangan"),
    "Lestari Wibisono": ("person", None, "Lestari Wibisono"),
    "Northvale Mining": ("organization", None, "Northvale Mining"),
    "Greystone Metals": ("organization", None, "Greystone Metals"),
    "Marlow Valley": ("place", None, "Marlow Valley"),
    "Elena Varga": ("person", None, "Elena Varga"),
})
ID_PUB = "2026-05-08"  # a Friday


def test_indonesian_rate_decision_and_market_close():
    ems = mentions_in(["Rupiah ditutup melemah ke level Rp17.000 per dolar AS pada Jumat (8/5/2026), meski Bank Sentral "
                       "Bahari telah menaikkan suku bunga acuan dua hari sebelumnya."], "id", ID_PUB)
    got = {e.kind: (e.time.edtf, e.participants) for e in ems}
    assert got["market"] == ("2026-05-08", ())  # what moved is named; the currency's country is no participant
    assert got["rate"] == ("2026-05-06", ("Bank Sentral Bahari",))


def test_bank_raises_deposit_rates_from_a_day():
    ems = mentions_in(["Bank Nirmala menaikkan bunga deposito sebesar 25 basis poin mulai Senin (11/5/2026)."], "id",
                      ID_PUB)
    assert [(e.kind, e.trigger, e.time.edtf) for e in ems] == [("rate", "menaikkan … bunga", "2026-05-11")]


def test_planned_policy_meeting_over_two_days():
    ems = mentions_in(["RDG BSB berikutnya dijadwalkan pada 16-17 Juni 2026."], "id", ID_PUB)
    assert [(e.kind, e.time.edtf, e.planned, e.participants) for e in ems] == [
        ("rate", "2026-06-16/2026-06-17", True, ("Bank Sentral Bahari",))]


def test_data_release_next_week():
    ems = mentions_in(["Pasar akan mencermati data neraca perdagangan yang dirilis Badan Statistik Bahari pekan depan."],
                      "id", ID_PUB)
    assert [(e.kind, e.time.edtf, e.participants) for e in ems] == [
        ("data", "2026-05-11/2026-05-17", ("Badan Statistik Bahari",))]


def test_press_conference_gives_way_to_the_decision_it_announces():
    ems = mentions_in(["Bank Sentral Bahari menaikkan BI-Rate menjadi 6%, kata Hendra dalam konferensi pers, "
                       "Rabu (6/5/2026)."], "id", ID_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("rate", "2026-05-06")]


def test_dated_quote_of_an_institution_is_its_statement():
    ems = mentions_in(["Ketua Otoritas Keuangan Bahari Hendra Wiratama menilai perbankan tangguh.",
                       '"Modal bank kuat," kata Hendra di Sukamaju, Kamis (7/5/2026).'], "id", ID_PUB)
    assert [(e.kind, e.time.edtf, e.place) for e in ems] == [("announcement", "2026-05-07", "Sukamaju")]
    assert set(ems[0].participants) >= {"Hendra Wiratama", "Otoritas Keuangan Bahari"}


def test_legislative_hearing_next_week_without_the_currency_country():
    ems = mentions_in(["Menteri Lestari Wibisono dijadwalkan menggelar rapat kerja dengan Komisi Keuangan pekan depan "
                       "untuk membahas asumsi kurs Rp16.500 per dolar Amerika Serikat (AS)."], "id", ID_PUB)
    assert [(e.kind, e.time.edtf) for e in ems] == [("hearing", "2026-05-11/2026-05-17")]
    assert "Amerika Serikat" not in ems[0].participants


def test_english_court_suspends_and_orders_last_month():
    pub = "2026-05-14"  # a Thursday
    ems = mentions_in(["A regional court on Thursday suspended a permit held by Northvale Mining and Greystone Metals "
                       "in the Marlow Valley."], "en", pub)
    assert [(e.kind, e.time.edtf) for e in ems] == [("court", "2026-05-14")]
    assert {"Northvale Mining", "Greystone Metals"} <= set(ems[0].participants)
    ems = mentions_in(["Last month a provincial court ordered Greystone Metals to pause water extraction."], "en", pub)
    assert [(e.kind, e.time.edtf) for e in ems] == [("court", "2026-04")]


def test_english_market_move_and_rate_hike():
    pub = "2026-05-14"
    ems = mentions_in(["Northvale Mining shares slumped 17% on Thursday."], "en", pub)
    assert [(e.kind, e.trigger, e.time.edtf) for e in ems] == [("market", "slumped", "2026-05-14")]
    ems = mentions_in(["Bank Sentral Bahari raised its benchmark interest rate on Wednesday, lifting the US dollar."],
                      "en", pub)
    assert [(e.kind, e.trigger, e.time.edtf, e.participants) for e in ems] == [
        ("rate", "raised … rate", "2026-05-13", ("Bank Sentral Bahari",))]


def test_english_senate_appearance_and_past_signing_in_a_future_sentence():
    pub = "2026-05-18"  # a Monday
    ems = mentions_in(["Minister Elena Varga, who negotiated the agreement signed on January 9, is due to appear before "
                       "the Senate committee on Tuesday."], "en", pub)
    got = {e.kind: e.time.edtf for e in ems}
    assert got == {"signing": "2026-01-09", "hearing": "2026-05-19"}


# ---- round 4: sport, departures, circulars, observances, delays (invented names) --------------------------

NAMES.update({
    "Kestrel Athletic": ("organization", None, "Kestrel Athletic"),
    "Harbourside": ("organization", None, "Harbourside"),
    "Millbrook Park": ("place", None, "Millbrook Park"),
    "Fenwick Supporters Union": ("organization", None, "Fenwick Supporters Union"),
    "Dewan Musafir": ("organization", None, "Dewan Musafir"),
    "Lembah Ara": ("place", "city", "Lembah Ara"),
    "Bukit Safa": ("place", None, "Bukit Safa"),
    "Garuda Nusa": ("organization", None, "Garuda Nusa"),
    "Kementerian Ziarah Andalas": ("organization", None, "Kementerian Ziarah Andalas"),
    "Rudi Hartawan": ("person", None, "Rudi Hartawan"),
})


def kinds_of(paragraphs: list[str], language: str, published: str) -> list[tuple[str, str, tuple[str, ...]]]:
    ex = extract(article("r4", paragraphs, language, published))
    return [(e.kind, e.time.edtf, e.participants) for e in ex.event_mentions]


def test_a_match_and_a_march_on_the_same_day_stay_two_events():
    found = kinds_of(["Fenwick Supporters Union fans will march to Millbrook Park before Saturday's game against "
                      "Harbourside."], "en", "2026-03-03")
    assert ("protest", "2026-03-07") in [(k, d) for k, d, _ in found]
    assert ("match", "2026-03-07") in [(k, d) for k, d, _ in found]


def test_month_season_and_year_dated_happenings_are_events():
    found = kinds_of(["The league charged Kestrel Athletic in November.",
                      "Kestrel Athletic were docked points in the 2023-24 season.",
                      "Harbourside bought the club in 2019."], "en", "2026-03-03")
    got = {(k, d) for k, d, _ in found}
    assert {("charge", "2025-11"), ("deduction", "2023-08/2024-05"), ("acquisition", "2019")} <= got


def test_a_settlement_agreement_is_an_agreement_not_a_signing():
    found = kinds_of(["Kestrel Athletic signed a settlement agreement with Harbourside in 2024."], "en", "2026-03-03")
    assert [k for k, _, _ in found] == ["agreement"]


def test_a_statement_gives_way_to_the_departure_it_reports():
    found = kinds_of(["Dewan Musafir menyatakan keberangkatan pertama rombongan dari Lembah Ara pekan depan, "
                      "Rabu (22/4/2026)."], "id", "2026-04-15")
    assert [(k, d) for k, d, _ in found] == [("departure", "2026-04-22")]


def test_circular_observance_and_delay_in_indonesian():
    found = kinds_of(["Rudi Hartawan menanggapi surat edaran Kementerian Ziarah Andalas yang diterima tiga hari lalu.",
                      "Puncak ziarah, wukuf di Bukit Safa, diperkirakan jatuh pada akhir Mei.",
                      "Rudi Hartawan meminta Garuda Nusa memastikan keterlambatan penerbangan seperti tahun lalu "
                      "tidak terulang."], "id", "2026-04-15")
    got = {(k, d) for k, d, _ in found}
    assert ("regulation", "2026-04-12") in got
    assert ("observance", "2026-05-21/2026-05-31") in got
    assert ("incident", "2025") in got
    assert ("announcement", "2025") not in got


def test_a_short_form_left_untyped_takes_the_full_name_it_ends():
    NAMES["Athletic"] = ("other", None, "Athletic")
    try:
        found = kinds_of(["Kestrel Athletic lost at home.", "The league charged Athletic in November."], "en",
                         "2026-03-03")
    finally:
        del NAMES["Athletic"]
    assert ("charge", "2025-11", ("Kestrel Athletic",)) in found


# ---- deadlines, investigations, findings, captions, warnings, spans (invented stories) ----------------------

_ROUND5 = {
    "Zentara": ("organization", None, "Zentara"),
    "Vellmark Competition Commission": ("organization", None, "Vellmark Competition Commission"),
    "Orbis": ("organization", None, "Orbis"),
    "Kalden": ("organization", None, "Kalden"),
    "Lina Ostrova": ("person", None, "Lina Ostrova"),
    "Rivalta": ("place", "city", "Rivalta"),
    "BPBD": ("organization", None, "BPBD"),
    "Sutarjo Wiryo": ("person", None, "Sutarjo Wiryo"),
    "Kabupaten Lembara": ("place", None, "Kabupaten Lembara"),
}


def _events5(paragraphs: list[str], language: str, anchor: str):
    sents = split_sentences(paragraphs)
    text = "\n\n".join(paragraphs)
    out, taken = [], []
    for surface in sorted(_ROUND5, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            typ, sub, key = _ROUND5[surface]
            sent = next(s.index for s in sentences_containing(sents, m.start()))
            out.append(Mention(surface, m.start(), m.end(), sent, typ, sub, key))
    ms = tuple(sorted(out, key=lambda m: m.start))
    times = normalise_times(text, sents, language, anchor)
    return find_event_mentions(text, sents, ms, times, language)


def sentences_containing(sents, pos: int):
    return [s for s in sents if s.start <= pos < s.end]


def test_deadline_by_the_end_of_a_month_is_a_planned_deadline():
    ev = _events5(["The regulator ordered Zentara to drop its fee rules by the end of June."], "en", "2026-06-03")
    dl = [e for e in ev if e.kind == "deadline"]
    assert dl and dl[0].time.edtf == "2026-06-21/2026-06-30" and dl[0].planned
    assert "Zentara" in dl[0].participants


def test_has_until_takes_the_subject_of_the_sentence_before():
    ev = _events5(["Zentara said it would challenge the decision in Rivalta. It has until mid-August to lodge the appeal."],
                  "en", "2026-06-03")
    dl = [e for e in ev if e.kind == "deadline"]
    assert dl and dl[0].time.edtf.startswith("2026-08") and "Zentara" in dl[0].participants


def test_investigation_told_by_head_noun_and_findings_of_last_november():
    ev = _events5(["The Vellmark Competition Commission fined Orbis on Tuesday.",
                   "The Commission opened its investigation in March last year after complaints from Kalden. "
                   "It sent Orbis its preliminary findings in November."], "en", "2026-06-03")
    inv = next(e for e in ev if e.kind == "investigation")
    assert inv.time.edtf == "2025-03" and "Vellmark Competition Commission" in inv.participants
    fin = next(e for e in ev if e.kind == "finding")
    assert fin.time.edtf == "2025-11" and {"Vellmark Competition Commission", "Orbis"} <= set(fin.participants)


def test_penalties_imposed_in_a_month_of_last_year():
    ev = _events5(["The decision follows penalties imposed on Orbis and Kalden in April last year."], "en", "2026-06-03")
    pen = next(e for e in ev if e.kind == "penalty")
    assert pen.time.edtf == "2025-04" and {"Orbis", "Kalden"} <= set(pen.participants)


def test_photo_captions_make_no_events():
    ev = _events5(["FILE - Lina Ostrova speaks during a press conference in Rivalta, Thursday, Feb. 12, 2026. "
                   "(AP Photo/Jo Doe, File)",
                   "The Zentara logo at its offices in Rivalta, January 14, 2026. REUTERS/Jo Doe/File Photo"],
                  "en", "2026-06-03")
    assert ev == ()


def test_indonesian_warning_an_hour_later_takes_the_day_just_told():
    ev = _events5(["Banjir merendam Kabupaten Lembara pada Sabtu (6/6/2026) dini hari. BPBD sempat mengeluarkan "
                   "peringatan dini banjir susulan sebelum mencabutnya satu jam kemudian."], "id", "2026-06-06")
    warn = next(e for e in ev if e.kind == "warning")
    assert warn.time.edtf == "2026-06-06" and "BPBD" in warn.participants


def test_indonesian_emergency_status_is_a_span():
    ev = _events5(["Bupati Sutarjo Wiryo menetapkan status tanggap darurat bencana banjir di Kabupaten Lembara "
                   "terhitung sejak Sabtu (6/6/2026) hingga Jumat (19/6/2026)."], "id", "2026-06-07")
    em = [e for e in ev if e.kind == "emergency"]
    assert em and em[0].time.edtf == "2026-06-06/2026-06-19"
    assert not any(e.kind == "disaster" for e in ev)  # "status tanggap darurat bencana banjir": one status


def test_indonesian_deadline_until_end_of_month():
    ev = _events5(["BPBD memberi batas waktu pendataan kerusakan hingga akhir bulan."], "id", "2026-06-10")
    dl = next(e for e in ev if e.kind == "deadline")
    assert dl.time.edtf == "2026-06-21/2026-06-30" and dl.planned


# ---- the general fallback: a "happening" told by the clause's own verb ----------------------------------------


def _fallback(text: str, language: str, anchor: str):
    return [e for e in mentions_in([text], language, anchor) if e.kind == "happening"]


def test_happening_english_past_verb() -> None:
    ems = _fallback("Indonesia and Australia accused ASEAN on Tuesday of freezing the fund.", "en", "2031-03-06")
    assert len(ems) == 1
    assert ems[0].time is not None and ems[0].time.edtf == "2031-03-04"
    assert ems[0].trigger.startswith("accused")
    assert not ems[0].planned


def test_happening_attribution_only_is_no_event() -> None:
    assert _fallback("The plan is sound, Talmora Quist said on Tuesday.", "en", "2031-03-06") == []


def test_happening_future_is_planned() -> None:
    ems = _fallback("ASEAN will review the Canberra request in April.", "en", "2031-03-06")
    assert len(ems) == 1 and ems[0].planned


def test_happening_indonesian_prefixed_verb() -> None:
    ems = _fallback("Prabowo menanam 3.000 pohon jati di Kuala Lumpur, Minggu (2/3/2031).", "id", "2031-03-05")
    assert len(ems) == 1
    assert ems[0].time is not None and ems[0].time.edtf == "2031-03-02"
    assert ems[0].trigger.startswith("menanam")


def test_happening_same_verb_merges() -> None:
    from dossier.link.events import _same_verb

    assert _same_verb("mengirim jagung", "dikirim", "id")
    assert _same_verb("accused World Bank", "accused bank", "en")
    assert not _same_verb("accused World Bank", "released funds", "en")


# ---- a happening's subject and title; baselines; what is planned (invented sentences) ----------------------------

SUBJECTS = [
    # (language, anchor, sentence, trigger, subject keys, subject phrase)
    ("en", "2031-03-06", "Indonesia and Australia accused ASEAN on Tuesday of freezing the fund.",
     "accused ASEAN", ("Indonesia", "Australia"), None),
    ("en", "2031-03-06", "Rice prices in Jakarta rose sharply on Tuesday.", "rose sharply", (), "Rice prices"),
    ("en", "2031-03-06", "ASEAN said on Monday it had been forced to cut rations in Jakarta in February.",
     "forced to cut rations", ("ASEAN",), None),
    ("id", "2031-03-20", "Harga cabai di Jakarta terus naik sejak awal Maret.", "naik", (), "Harga cabai"),
    ("id", "2031-03-06", "Menurut Prabowo, operasi pasar akan dimulai di Jakarta pada awal April.", "dimulai", (),
     "operasi pasar"),
    ("id", "2031-03-06", "Anggota DPR dari daerah pemilihan Jakarta, Prabowo Subianto, mendesak ASEAN pada Senin "
     "(3/3/2031).", "mendesak ASEAN", ("Prabowo Subianto",), None),
    ("id", "2031-03-06", "Prabowo di Jakarta, Senin (3/3/2031), mengatakan seluruh pesawat telah menjalani pemeriksaan.",
     "menjalani pemeriksaan", (), "pesawat"),
    ("id", "2031-03-06", "Dua hari lalu, Prabowo Subianto, 52 tahun, berlari ke Jakarta.", "berlari",
     ("Prabowo Subianto",), None),
]


def test_happening_subject_is_the_name_or_the_noun_phrase() -> None:
    for language, anchor, text, trigger, keys, phrase in SUBJECTS:
        ems = _fallback(text, language, anchor)
        assert [(e.trigger, e.subject, e.subject_phrase) for e in ems] == [(trigger, keys, phrase)], text


HAPPENING_TITLES = [
    ("en", "2031-03-06", "Indonesia and Australia accused ASEAN on Tuesday of freezing the fund.",
     "Indonesia and Australia accused ASEAN"),
    ("en", "2031-03-06", "Rice prices in Jakarta rose sharply on Tuesday.", "Rice prices rose sharply"),
    ("id", "2031-03-20", "Harga cabai di Jakarta terus naik sejak awal Maret.", "Harga cabai naik"),
    ("id", "2031-03-06", "Anggota DPR dari daerah pemilihan Jakarta, Prabowo Subianto, mendesak ASEAN pada Senin "
     "(3/3/2031).", "Prabowo Subianto mendesak ASEAN"),
]


def test_happening_titles_are_subject_and_predicate() -> None:
    for language, anchor, text, title in HAPPENING_TITLES:
        a = article("t1", [text], language, anchor)
        events = link_events([a], {"t1": extract(a)}, FakeLinks(), language)
        assert [e.title for e in events if e.kind == "happening"] == [title], text


def test_the_time_of_a_baseline_value_dates_no_change() -> None:
    for language, text in [("id", "Harga cabai di Jakarta naik dari Rp 40.000 pada akhir Februari menjadi Rp 55.000."),
                           ("en", "Fuel prices in Jakarta rose from $1.10 in February to $1.40.")]:
        assert mentions_in([text], language, "2031-03-06") == (), text


PLANNED = [
    # (language, anchor, sentence, kind, planned)
    ("en", "2031-03-06", "The closure of the border crossing at Jakarta remains in force until June.", "closure", False),
    ("en", "2031-03-06", "Prabowo will meet Albanese in Canberra in April.", "meeting", True),
    ("en", "2031-03-06", "Prabowo signed the pact in Canberra on 3 February 2031 and will now seek ratification.",
     "signing", False),
    ("id", "2031-03-06", "Penutupan jalan di Jakarta tetap berlaku hingga Juni.", "closure", False),
    ("id", "2031-03-06", "Prabowo akan bertemu Albanese di Canberra pada April.", "meeting", True),
    ("id", "2031-03-06", "BPBD memberi batas waktu pendataan kerusakan di Jakarta hingga akhir bulan.", "deadline", True),
]


def test_planned_only_when_the_happening_itself_lies_ahead() -> None:
    for language, anchor, text, kind, planned in PLANNED:
        ems = [e for e in mentions_in([text], language, anchor) if e.kind == kind]
        assert ems and all(e.planned is planned for e in ems), (text, ems)


def test_a_state_ending_later_is_no_happening() -> None:
    assert _fallback("Prabowo mendesak ASEAN tidak menunggu hingga Juli.", "id", "2031-03-06") == []


OCCASIONS = [
    # (language, sentence, kind, date or None when the kind has no time)
    ("en", "ASEAN launched the fund at the regional summit in Kuala Lumpur in May 2030.", "launch", "2030-05"),
    ("id", "Dana itu diluncurkan di KTT ASEAN di Kuala Lumpur pada Mei 2030.", "launch", "2030-05"),
    ("en", "Ministers will discuss the border closure at a meeting in Jakarta on 12 March.", "closure", None),
]


def test_a_verb_told_at_its_occasion_takes_the_occasion_time() -> None:
    for language, text, kind, date in OCCASIONS:
        ems = [e for e in mentions_in([text], language, "2031-03-06") if e.kind == kind]
        assert [e.time.edtf for e in ems] == ([date] if date else []), text
        if date:
            assert "Kuala Lumpur" in ems[0].participants, text


def test_its_board_is_the_board_of_the_bank_just_named() -> None:
    _ROUND5["Rivalta Development Bank"] = ("organization", None, "Rivalta Development Bank")
    try:
        ev = _events5(["Zentara accused the Rivalta Development Bank of delays on Tuesday.",
                       "The bank says its rules are clear. Its board will discuss the complaint when it meets in "
                       "Rivalta on 24 June."], "en", "2026-06-10")
    finally:
        del _ROUND5["Rivalta Development Bank"]
    meeting = next(e for e in ev if e.kind == "meeting")
    assert meeting.time.edtf == "2026-06-24" and meeting.planned
    assert "Rivalta Development Bank" in meeting.participants


def test_a_subject_told_by_role_is_the_person_the_article_gives_it() -> None:
    cases = [
        ("en", ["The ASEAN's top trade envoy warned on Tuesday that the fund was running dry.",
                "Prabowo Subianto, the ASEAN special envoy on trade, told reporters in Jakarta."]),
        ("id", ["Utusan khusus ASEAN memperingatkan pada Selasa (4/3/2031) bahwa dana bantuan menipis.",
                "Prabowo Subianto, utusan khusus ASEAN untuk perdagangan, menyampaikan hal itu di Jakarta."]),
    ]
    for language, paragraphs in cases:
        ems = [e for e in mentions_in(paragraphs, language, "2031-03-06") if e.kind == "happening"]
        assert [(e.time.edtf, e.subject) for e in ems] == [("2031-03-04", ("Prabowo Subianto",))], paragraphs


def test_the_subject_of_what_was_told_after_a_verb_of_saying() -> None:
    for language, text, phrase in [
        ("id", "Prabowo mengatakan pemeriksaan ulang terhadap jemaah di Jakarta ditargetkan rampung pada Jumat "
               "(7/3/2031).", "pemeriksaan ulang"),
        ("en", "Prabowo said fuel prices in Jakarta jumped on Tuesday.", "fuel prices"),
    ]:
        ems = _fallback(text, language, "2031-03-06")
        assert [e.subject_phrase for e in ems] == [phrase], text


def test_a_time_told_by_another_happening_is_dated_from_its_event() -> None:
    cases = [
        ("id", ["Pemilu di Jakarta digelar pada Sabtu (21/2/2031).",
                "Seorang saksi melihat pembagian amplop di Jakarta pada malam sebelum pencoblosan."], "2031-02-20"),
        ("en", ["Australia held a referendum on Saturday, Feb. 21, 2031.",
                "Observers saw cash handouts in Canberra on the eve of the referendum."], "2031-02-20"),
    ]
    for language, paragraphs, day in cases:
        a = article("r1", paragraphs, language, "2031-03-06")
        ex = extract(a)
        assert any(e.kind == "bribery" and e.time and e.time.rule.startswith("event-relative:election:-1")
                   for e in ex.event_mentions), paragraphs
        events = link_events([a], {"r1": ex}, FakeLinks(), language)
        assert [e.date for e in events if e.kind == "bribery"] == [day], paragraphs


def test_fallback_when_a_kind_word_tells_nothing() -> None:
    # "closed" with no road, border or school is no closure: the clause's own verb still tells the happening
    ems = mentions_in(["ASEAN closed its review of Australia on Tuesday."], "en", "2031-03-06")
    assert [(e.kind, e.trigger, e.subject) for e in ems] == [("happening", "closed review", ("ASEAN",))]
    ems = mentions_in(["Mobil Prabowo mogok di Jakarta, lalu ASEAN mengirim tim ke Jakarta pada Senin (3/3/2031)."],
                      "id", "2031-03-06")
    assert [(e.kind, e.trigger) for e in ems] == [("happening", "mengirim tim")]


NAMES.update({
    "Safety Board": ("organization", None, "Safety Board"),
    "Elk Lake": ("place", None, "Elk Lake"),
    "PT Dermaga Laut": ("organization", None, "Dermaga Laut"),
})


def test_attributive_date_vigil_final_report_and_contract_signed():
    en = extract(article("v1", [
        "The Safety Board released its preliminary findings into the 17 February accident on 11 March.",
        "Elk Lake held a candlelight vigil at the arena on Feb. 21, four days after the crash.",
        "The Safety Board said its final report is expected in the first half of next year.",
    ], "en", "2026-03-12"))
    by_kind = {e.kind: e for e in en.event_mentions}
    assert by_kind["finding"].time.edtf == "2026-03-11"
    assert by_kind["vigil"].time.edtf == "2026-02-21" and "Elk Lake" in by_kind["vigil"].participants
    assert by_kind["publication"].time.edtf == "2027-40" and by_kind["publication"].planned
    id_ = extract(article("v2", ["Kontrak senilai Rp 1,1 triliun dengan PT Dermaga Laut itu diteken pada Desember 2021."],
                          "id", "2026-03-04"))
    signing = [e for e in id_.event_mentions if e.kind == "signing"]
    assert signing and signing[0].time.edtf == "2021-12"


def test_accidents_are_events_in_both_languages():
    """A ship sinking, a crash, a fire: dated happenings a timeline needs (invented stories)."""
    ems = mentions_in(["Kapal motor KM Laut Biru 3 tenggelam di perairan Selat Sukamaju, Selasa (10/2/2026) malam."], "id")
    assert [(e.kind, e.time.edtf) for e in ems] == [("accident", "2026-02-10")]
    ems = mentions_in(["The ferry Blue Tern sank near Sukamaju on Feb. 10, officials said."], "en")
    assert [(e.kind, e.time.edtf) for e in ems] == [("accident", "2026-02-10")]
    ems = mentions_in(["A bushfire burned through farmland near Sukamaju on Feb. 14."], "en")
    assert [(e.kind, e.time.edtf) for e in ems] == [("disaster", "2026-02-14")]


def _kinds(paragraphs: list[str], published: str = "2026-03-12", language: str = "en") -> dict[str, list]:
    """Event mentions by kind, with the real mention finder (names invented for the test)."""
    from dossier.extract.mentions import find_mentions

    a = article("k1", paragraphs, language, published)
    sents = split_sentences(a.paragraphs)
    times = normalise_times(a.text, sents, language, a.published_date, False)
    out: dict[str, list] = {}
    for e in find_event_mentions(a.text, sents, find_mentions(a.text, sents, language), times, language,
                                 a.published_date):
        out.setdefault(e.kind, []).append(e)
    return out


def test_casualties_damage_ignition_and_arrest_are_events_of_their_own():
    kinds = _kinds([
        "The blaze, which was sparked by lightning in the Tarrow Valley on Sunday, spread overnight.",
        "Two firefighters from Kelso were injured near Tarrow on Tuesday.",
        "The fire destroyed 14 homes in Tarrow on Tuesday evening.",
        "Westland Police arrested a man in Kelso on Wednesday.",
    ])
    assert kinds["ignition"][0].time.edtf == "2026-03-08"
    assert kinds["casualty"][0].time.edtf == "2026-03-10"
    assert kinds["damage"][0].time.edtf == "2026-03-10"
    assert kinds["arrest"][0].time.edtf == "2026-03-11"


def test_injured_without_people_and_destroyed_without_buildings_are_no_such_events():
    kinds = _kinds(["The dispute hurt the Kelso economy on Tuesday.",
                    "Westland Council destroyed the records on Monday."])
    assert "casualty" not in kinds and "damage" not in kinds


def test_the_company_borrows_the_organisation_and_a_review_due_to_report_is_an_event():
    kinds = _kinds([
        "Quorvane Telecom said hackers had copied customer records.",
        "Unusual activity was first picked up by the company's security team on Monday, its chief executive "
        "told a news conference.",
        "The board has commissioned Brightwell Partners to carry out a review, which is due to report by the end "
        "of June.",
    ])
    assert any("Quorvane Telecom" in e.participants for e in kinds["announcement"])
    assert kinds["publication"][0].time.edtf.startswith("2026-06")  # the end of June


def test_a_dated_happening_with_no_name_borrows_the_organisation_of_the_sentence_before():
    kinds = _kinds(["It is the second lapse at Quorvane Telecom in two years. In August 2024 a software error "
                    "exposed the billing records of 4,000 customers."])
    breach = kinds["databreach"][0]
    assert breach.time.edtf == "2024-08"
    assert "Quorvane Telecom" in breach.participants


def _kinds_id(paragraphs: list[str], published: str = "2026-03-12") -> dict[str, list]:
    return _kinds(paragraphs, published, "id")


def test_indonesian_poisoning_arrest_and_a_decision_told_the_sentence_after():
    kinds = _kinds_id([
        "Pada Januari lalu, 40 warga di Kecamatan Sukamaju juga mengalami keracunan setelah makan nasi kotak.",
        "Polres Garut menangkap dua pemilik warung di Kecamatan Sukamaju pada Senin (9/3/2026). Keduanya kini "
        "ditahan di Mapolres.",
        "Polres Garut resmi menaikkan status kasus itu ke penyidikan. Keputusan itu diambil setelah gelar "
        "perkara yang dilakukan penyidik pada Selasa (10/3/2026).",
    ])
    assert kinds["casualty"][0].time.edtf == "2026-01"
    assert kinds["arrest"][0].time.edtf == "2026-03-09"
    told_after = [e for e in kinds["happening"] if e.time.edtf == "2026-03-10"]
    assert told_after and any("Garut" in p for p in told_after[0].participants)


def test_a_tentative_deal_told_after_its_parties_before_midnight_and_a_pay_rise():
    kinds = _kinds([
        "Nurses will be back at work after the Westland Nurses Union and Health Westland struck a pay deal.",
        "The tentative agreement, reached shortly before midnight on Monday after a week of talks, will give "
        "nurses a 4.5 percent pay increase from April 1, the Westland Nurses Union said.",
    ], published="2026-03-10")
    deal = kinds["agreement"][0]
    assert deal.time.edtf == "2026-03-09"
    assert "Westland Nurses Union" in deal.participants
    assert kinds["payrise"][0].time.edtf == "2026-04-01"


def test_a_half_year_happening_and_a_briefing_told_on_a_day():
    kinds = _kinds([
        "Whitcombe said Quorvane Aerospace still aimed to return the rocket to flight in the second half of the year.",
        "On Thursday, Westland's defence minister, Samuel Okoro, told reporters in Tarrow that the country would "
        "seek a new satellite.",
    ])
    assert any(e.time.edtf == "2026-41" for e in kinds["happening"])
    assert kinds["announcement"][0].time.edtf == "2026-03-12"


def test_beaches_closed_a_spill_a_theft_and_a_target_told_by_a_pronoun():
    kinds = _kinds([
        "On Sunday, the Tarrow Municipality closed Hobart and Kings beaches.",
        "Conservationists have criticised refuelling at sea since a spill in Tarrow Bay in October 2023 oiled "
        "seabirds.",
        "Thieves stole 14 gold pieces from the Tarrow Museum on Sunday night.",
        "Minister Lena Ortiz spoke in Tarrow on Thursday. A review of the rules would be completed in the first "
        "half of next year, she said.",
    ], published="2026-04-02")
    assert kinds["closure"][0].time.edtf == "2026-03-29"
    assert any(e.time.edtf == "2023-10" for e in kinds["accident"])
    assert kinds["theft"][0].time.edtf == "2026-03-29"
    assert any(e.time.edtf == "2027-40" and "Lena Ortiz" in e.participants for e in kinds["happening"])


def test_indonesian_theft_told_by_its_discovery_and_a_pronoun_subject():
    kinds = _kinds_id([
        "Polda DIY menyelidiki kasus di Museum Tarowa. Pencurian itu pertama kali diketahui petugas kebersihan "
        "pada Senin (9/2/2026) pagi.",
        "Direktur Jenderal Kebudayaan Yudhistira Prawiranegara berbicara di Jakarta, Jumat (13/2/2026). "
        "Ia menargetkan pembenahan sistem keamanan museum rampung pada paruh pertama 2026.",
    ], published="2026-02-14")
    assert kinds["theft"][0].time.edtf == "2026-02-09"
    assert any(e.time.edtf == "2026-40" for e in kinds["happening"])


def test_a_product_recall_in_both_languages():
    kinds = _kinds(["Westland Health issued a recall on Tuesday for 41 lots of Quorvix tablets."], published="2026-03-04")
    assert kinds["recall"][0].time.edtf == "2026-03-03"
    kinds = _kinds_id(["BPOM memerintahkan penarikan 12 batch obat sirup Quorvix dari peredaran pada Selasa "
                       "(3/3/2026). Produsen diminta menghentikan produksi."], published="2026-03-04")
    assert kinds["recall"][0].time.edtf == "2026-03-03"


def test_resignations_and_a_decision_to_be_taken():
    kinds = _kinds(["Pieter Vandamme, the chief executive of Quorvane, resigned on Wednesday after the explosion "
                    "that tore through the plant on the night of 3 March.",
                    "Quorvane Holdings said it would set up a fund. A decision on whether to rebuild the unit will "
                    "be taken in the first half of next year."], published="2026-03-11")
    assert kinds["resignation"][0].time.edtf == "2026-03-11"
    assert kinds["decision"][0].time.edtf == "2027-40"
    kinds = _kinds_id(["Kepala Dinas Kebudayaan DIY Bambang Susilo menonaktifkan Kepala Museum Tarowa pada Rabu "
                       "(11/2/2026). Keputusan itu diumumkan di Yogyakarta."], published="2026-02-12")
    assert kinds["resignation"][0].time.edtf == "2026-02-11"


def test_indonesian_task_force_and_a_complaint_to_the_criminal_police():
    kinds = _kinds_id(["Polisi menetapkan tiga tersangka. Kasus ini bermula dari laporan puluhan korban yang "
                       "mendatangi Bareskrim pada Senin (12/1/2026). Sebelumnya, Satuan Tugas Pemberantasan "
                       "Investasi Ilegal telah memblokir aplikasi QuorvaPay pada September lalu."], published="2026-03-04")
    assert kinds["complaint"][0].time.edtf == "2026-01-12"
    assert "Bareskrim Polri" in kinds["complaint"][0].participants
    assert any(e.time.edtf == "2025-09" and any("Satuan Tugas" in p for p in e.participants)
               for e in kinds["happening"])


def test_an_application_lodged_with_a_tribunal_and_an_offer_to_sell():
    kinds = _kinds(["Quorvane Holdings lodged an application for review with the Westland Competition Tribunal on "
                    "Thursday.",
                    "Quorvane Holdings offered to sell its Tarrow terminal to an independent operator in January."],
                   published="2026-03-06")
    assert kinds["lawsuit"][0].time.edtf == "2026-03-05"
    assert "Westland Competition Tribunal" in kinds["lawsuit"][0].participants
    assert kinds["offer"][0].time.edtf == "2026-01"


def test_a_prison_escape_in_both_languages():
    kinds = _kinds(["Five inmates broke out of Tarrow Maximum Security Prison on Sunday night."], published="2026-03-10")
    assert kinds["escape"][0].time.edtf == "2026-03-08"
    assert "Tarrow Maximum Security Prison" in kinds["escape"][0].participants
    kinds = _kinds_id(["Tiga narapidana kabur dari Lapas Kelas IIA Tarowa pada Minggu (8/3/2026). Petugas masih "
                       "mencari mereka."], published="2026-03-10")
    assert kinds["escape"][0].time.edtf == "2026-03-08"


def test_a_telling_between_a_happening_and_its_time_and_the_prison_told_again():
    kinds = _kinds(["Wilfred Kasyoki's resignation as head of the prison service was announced by the Interior "
                    "Ministry on Wednesday morning."], published="2026-03-12")
    assert kinds["resignation"][0].time.edtf == "2026-03-11"
    kinds = _kinds(["Five inmates broke out of Tarrow Maximum Security Prison on Sunday night. In October 2023, two "
                    "inmates tunnelled out of the same facility."], published="2026-03-10")
    old = [e for e in kinds["escape"] if e.time.edtf == "2023-10"]
    assert old and "Tarrow Maximum Security Prison" in old[0].participants


def test_a_few_quoted_words_are_the_writers_own_telling_and_a_company_told_without_its_last_word():
    kinds = _kinds(["Minister Nomvula Tarrow said the suspension would stay in place. A review of the rules would be "
                    "completed \"in the first half of next year\", she said."], published="2026-04-03")
    planned = [e for e in kinds["happening"] if e.time.edtf == "2027-40"]
    assert planned and planned[0].planned and "Nomvula Tarrow" in planned[0].participants
    # a whole quoted sentence stays a quote: its time is the speaker's, not a happening told by the writer
    kinds = _kinds(["Minister Nomvula Tarrow spoke. \"The review will be completed in the first half of next "
                    "year,\" she said."], published="2026-04-03")
    assert not [e for e in kinds.get("happening", []) if e.time.edtf == "2027-40"]
    kinds = _kinds(["Kelso Safwa Industries will set up a fund, the group said on Thursday.",
                    "Kelso Safwa, which bought the plant in 2021, signed a deal with Tarrow Polymers on Friday."],
                   published="2026-03-14")
    assert "Kelso Safwa Industries" in kinds["agreement"][0].participants


def test_an_outage_homes_left_and_a_company_called_before_a_committee():
    kinds = _kinds(["A windstorm knocked out power to the Kelso Water Treatment Plant late on Friday.",
                    "About 1,800 residents of Tarrowdrecht had to leave their homes on 4 March.",
                    "The chair of the Joint Committee on Health said Kelso Pharma's management would be called before "
                    "the committee next month."], published="2026-03-10")
    assert kinds["outage"][0].time.edtf == "2026-03-06"
    assert "Kelso Water Treatment Plant" in kinds["outage"][0].participants
    assert kinds["evacuation"][0].time.edtf == "2026-03-04"
    assert "Tarrowdrecht" in kinds["evacuation"][0].participants
    hearing = kinds["hearing"][0]
    assert (hearing.time.edtf, hearing.planned) == ("2026-04", True)


def test_a_raid_and_a_refund_in_both_languages():
    kinds = _kinds(["Detectives from Kelso Police raided the offices of Tarrow Savings on Thursday.",
                    "Tarrow Savings said refunds to members would begin in the first half of next year."],
                   published="2026-10-03")
    assert kinds["raid"][0].time.edtf == "2026-10-01"
    assert (kinds["compensation"][0].time.edtf, kinds["compensation"][0].planned) == ("2027-40", True)
    kinds = _kinds_id(["Penyidik Polda Tarowa menggeledah kantor Koperasi Kelso pada Kamis (1/10/2026). Ketua Koperasi "
                       "Kelso, Budi Tarowa, mengatakan pengembalian dana tahap pertama terlaksana pada semester pertama "
                       "2027."], published="2026-10-03")
    assert kinds["raid"][0].time.edtf == "2026-10-01"
    assert kinds["compensation"][0].time.edtf == "2027-40"


def test_a_time_no_trigger_took_is_told_by_its_own_clause_with_the_speaker():
    kinds = _kinds(["Tourism Secretary Rebecca Tarrow, who toured the Kelso warehouse on Sunday, said the government "
                    "would table amendments to the wildlife law in the first half of next year."], published="2026-03-12")
    assert kinds["inspection"][0].time.edtf == "2026-03-08"
    planned = kinds["happening"][0]
    assert (planned.time.edtf, planned.planned, planned.trigger) == ("2027-40", True, "table amendments")
    assert "Rebecca Tarrow" in planned.participants


def test_warders_held_at_a_police_station():
    kinds = _kinds(["On Monday, three warders were arrested and are being held at Kelso Police Station."],
                   published="2026-03-10")
    assert kinds["arrest"][0].time.edtf == "2026-03-09"
    assert "Kelso Police Station" in kinds["arrest"][0].participants


def test_a_clause_without_a_verb_is_told_by_the_clause_before_and_a_nameless_clause_takes_its_sentence_s_names():
    kinds = _kinds(["Directors appointed Jane Tarrow and Mark Kelso of restructuring firm Tarrow Hale as administrators "
                    "late on Monday, after last-ditch talks with lenders failed, the company said.",
                    "Then, in February, an A$180m share sale fell through after its largest investor, Kelso Aviation "
                    "Holdings, withdrew.",
                    "The carrier's shares have been in a trading halt since last Friday."], published="2026-05-12")
    happenings = {e.time.edtf: e for e in kinds["happening"]}
    assert "Tarrow Hale" in happenings["2026-05-11"].participants
    assert "Kelso Aviation Holdings" in happenings["2026-02"].participants
    assert kinds["halt"][0].time.edtf == "2026-05-08"


def test_the_trust_told_again_by_its_head_noun_after_the_happening():
    kinds = _kinds(["A ransomware attack hit Tarrow Marches Hospitals NHS Trust on Sunday.",
                    "Ambulance diversions were lifted on 27 March after the trust restored its systems."],
                   published="2026-04-02")
    lifted = [e for e in kinds["happening"] if e.time.edtf == "2026-03-27"]
    assert lifted and "Tarrow Marches Hospitals NHS Trust" in lifted[0].participants


def test_a_cull_in_an_irish_county():
    kinds = _kinds(["Foot-and-mouth disease was confirmed on a dairy farm near Tarrowclody, Co Kelford, on Thursday.",
                    "The herd of 640 dairy cows will be culled today under the supervision of Kelso Veterinary "
                    "Service inspectors."], published="2026-03-06")
    assert kinds["cull"][0].time.edtf == "2026-03-06"
    assert {"Tarrowclody", "Kelford"} <= set(kinds["happening"][0].participants)  # "Co Kelford": the county


def test_a_nameless_happening_takes_the_names_of_its_paragraph_and_rescues_inquiries_results_and_mourning():
    kinds = _kinds(["A second survivor was pulled from the rubble early today. Dawa Tarrow, 46, a farmer from "
                    "Kelsodanda, was found in a cowshed.",
                    "President Jane Kelso spoke in Accra. The Presidency declared Friday, March 20, a national day of "
                    "mourning.",
                    "Nepal's government on Tuesday set up a five-member inquiry to find out why the slope failed.",
                    "Kelso Western Bank reported its first quarterly loss in 31 years on April 29."],
                   published="2026-05-12")
    pulled = [e for e in kinds["happening"] if e.time.edtf == "2026-05-12"]
    assert pulled and "Dawa Tarrow" in pulled[0].participants
    assert kinds["vigil"][0].time.edtf == "2026-03-20"
    assert kinds["investigation"][0].time.edtf == "2026-05-12"
    assert kinds["results"][0].time.edtf == "2026-04-29"


def test_the_day_of_a_telling_in_a_clause_of_its_own_dates_a_happening_only_when_it_has_no_time_of_its_own():
    kinds = _kinds(["Meanwhile, President Jane Kelso on Wednesday approved the recovery plan during a cabinet meeting "
                    "in Tarrow, the Office of Civil Defense announced Thursday."], published="2026-10-29")
    assert kinds["meeting"][0].time.edtf == "2026-10-28"
    kinds = _kinds(["Kelso Industries will set up a fund to compensate residents whose homes were damaged, the group "
                    "said on Thursday."], published="2026-10-29")
    assert kinds["damage"][0].time.edtf == "2026-10-29"


def test_a_bill_through_the_chamber_of_deputies():
    kinds = _kinds(["The union called the stoppage to fight a labour bill that the Chamber of Deputies passed in late "
                    "February."], published="2026-03-12")
    assert any("Chamber of Deputies" in e.participants for es in kinds.values() for e in es)


def test_a_time_inside_a_relative_clause_dates_its_own_happening_only():
    kinds = _kinds(["On Thursday, the widow of Harold Tarrow, a retired railroad worker from Kelso, who died on March 5, "
                    "filed a wrongful-death suit against Tarrow Kitchens in Denver."], published="2026-03-13")
    assert kinds["casualty"][0].time.edtf == "2026-03-05"
    assert kinds["lawsuit"][0].time.edtf == "2026-03-12"


def test_a_capital_that_is_a_word_in_another_language():
    kinds = _kinds(["Ambassador Jane Kelso is expected to leave Lima on Thursday."], published="2026-05-19")
    assert any("Lima" in e.participants for es in kinds.values() for e in es)


def test_each_later_time_of_a_sentence_may_tell_a_happening_of_its_own():
    kinds = _kinds(["Jane Wekesa said supply to western Kelso would normalise \"by the end of next week\", and that the "
                    "rationing limits imposed by the Tarrow Energy Regulatory Authority eight days ago would be "
                    "reviewed."], published="2026-04-25")
    assert [(e.trigger, e.time.edtf) for e in kinds["happening"]] == [("normalise", "2026-04-27/2026-05-03"),
                                                                    ("imposed", "2026-04-17")]
