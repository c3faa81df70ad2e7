"""A page with a Kazakh and a Russian stretch (a release printed in both languages) is one
document read twice, each stretch in its own language: both stretches' facts, each
evidence tagged with its stretch's language and counted in the page's text, and both
languages on the document.  The sentences are written for this test."""
from __future__ import annotations

import contextlib
import io
import json

import pytest
from rdflib import RDF, Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDFS

from kg.cli import main
from kg.extraction import DocumentExtractor, _reading_languages
from kg.lang.detect import language_runs

KAZAKH = ("Қазақстан Президенті Қасым-Жомарт Тоқаев Ақордада Өзбекстан Президенті Шавкат Мирзиёевпен кездесті. "
          "Екі ел басшылары сауда-экономикалық және мәдени-гуманитарлық салалардағы ынтымақтастықты талқылады. "
          "Тараптар өзара тауар айналымын арттыру және шекара маңындағы өңірлердің байланыстарын кеңейту жөнінде "
          "пікір алмасты. Кездесу соңында мемлекет басшылары бірқатар ынтымақтастық құжаттарына қол қойды.")
RUSSIAN = ("Президент Казахстана Касым-Жомарт Токаев встретился в Баку с Президентом Азербайджана Ильхамом Алиевым. "
           "Стороны обсудили ход реализации договорённостей, достигнутых в ходе государственного визита, и "
           "договорились расширять сотрудничество в энергетической и транспортной сферах. Главы государств также "
           "затронули вопросы подготовки очередного заседания Высшего межгосударственного совета.")
DKG = Namespace("https://w3id.org/diplomacy-kg/ontology#")
ID = Namespace("https://w3id.org/diplomacy-kg/id/")
PAGE = "Астана, 12 наурыз.\n" + KAZAKH + "\nМәзір\n" + RUSSIAN


def langs(text: str) -> list[str | None]:
    return [run.lang for run in language_runs(text)]


def test_a_build_warms_up_the_languages_the_pages_are_read_in():
    """Told from the texts alone, before the workers are forked, without cleaning the pages."""
    items = [("a", KAZAKH), ("b", RUSSIAN, None), ("c", "The President met the Prime Minister."), ("d", PAGE),
             ("e", KAZAKH, None, "ru"), ("f", RUSSIAN, None, "en")]
    for item in items:
        readings = DocumentExtractor._prepare(*item)[1]
        assert _reading_languages(*item) == [r.result.lang for r in readings]
    assert _reading_languages("d", PAGE) == ["kk", "ru"]


def test_a_page_in_one_language_is_one_run_of_the_whole_text():
    runs = language_runs(KAZAKH + "\n" + KAZAKH)
    assert [(r.lang, r.start, r.end) for r in runs] == [("kk", 0, 2 * len(KAZAKH) + 1)]
    assert langs(RUSSIAN) == ["ru"]


def test_a_release_in_kazakh_then_in_russian_is_two_runs_that_cover_the_page():
    page = KAZAKH + "\n" + RUSSIAN
    runs = language_runs(page)
    assert [r.lang for r in runs] == ["kk", "ru"]
    assert runs[0].start == 0 and runs[0].end == runs[1].start and runs[1].end == len(page)
    assert page[runs[1].start:].startswith("Президент Казахстана")


def test_short_lines_go_with_the_paragraphs_around_them():
    # a Russian menu line, a caption and a dateline inside a Kazakh page are no Russian stretch
    assert langs("Главная Новости Политика\n" + KAZAKH + "\nФото: пресс-служба Акорды\n" + KAZAKH) == ["kk"]
    # a short Russian quote between Kazakh paragraphs is too short to be read on its own
    assert langs(KAZAKH + "\n«Мы готовы к сотрудничеству со всеми партнёрами», – сказал он.\n" + KAZAKH) == ["kk"]


def test_a_page_in_neither_language_is_one_run_with_no_language():
    assert langs("Tokayev met Aliyev in Baku.\nThe sides discussed trade.") == [None]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Graph, str]:
    folder = tmp_path_factory.mktemp("mixed")
    news = folder / "news.jsonl"
    news.write_text(json.dumps({"id": "both", "date": "2024-03-12", "title": "Кездесу", "text": PAGE},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        assert main(["build", str(news), "--out", str(folder / "out"), "--no-html", "--quiet"]) == 0
    g = Graph()
    g.parse(folder / "out" / "graph.ttl")
    return g, stderr.getvalue()


def evidence_of(graph: Graph, s, p, o) -> set[Literal]:
    return {graph.value(st, DKG.evidence) for st in graph.subjects(RDF.subject, s)
            if (st, RDF.predicate, p) in graph and (st, RDF.object, o) in graph}


def test_each_stretch_gives_its_meeting_with_evidence_in_its_language(built):
    graph, _ = built
    tokayev = ID["person/kassym-jomart-tokayev"]
    kk_met = evidence_of(graph, tokayev, DKG.met, ID["person/shavkat-mirziyoyev"])
    ru_met = evidence_of(graph, ID["person/ilham-aliyev"], DKG.met, tokayev)
    assert [e.language for e in kk_met] == ["kk"] and "Мирзиёевпен" in str(kk_met.pop())
    assert [e.language for e in ru_met] == ["ru"] and "Алиевым" in str(ru_met.pop())
    assert (ID["person/ilham-aliyev"], DKG.leaderOf, ID["country/azerbaijan"]) in graph


def test_the_document_has_both_languages_and_its_title_the_main_ones(built):
    graph, stderr = built
    assert "document 'both' has paragraphs in kk and ru; each was read in its own language" in stderr
    document = next(graph.subjects(DCTERMS.identifier, Literal("both")))
    assert {str(o) for o in graph.objects(document, DCTERMS.language)} == {"kk", "ru"}
    assert list(graph.objects(document, DCTERMS.title)) == [Literal("Кездесу", lang="kk")]
    assert Literal("Ильхам Алиев", lang="ru") in set(graph.objects(ID["person/ilham-aliyev"], RDFS.label))


def test_evidence_offsets_count_in_the_pages_text():
    result = DocumentExtractor().extract("both", PAGE, "2024-03-12")
    assert result.lang == "kk" and [s.lang for s in result.sections] == ["kk", "ru"]
    found = [*result.facts, *result.events]
    assert any(f.evidence.text.startswith("Президент Казахстана") for f in found)
    assert all(result.text[f.evidence.start:f.evidence.end] == f.evidence.text for f in found)


def test_a_page_in_one_language_has_no_sections():
    assert DocumentExtractor().extract("ru", RUSSIAN).sections == []
