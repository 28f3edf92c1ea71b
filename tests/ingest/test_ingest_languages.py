"""Each document's language is detected and its sentences are split with that language's Punkt model."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from ingest_fixtures import FLOOD_DE, FLOOD_EN, FLOOD_EN_2, FLOOD_TR
from sentence_fixtures import NEWS_CASES, SENTENCES

from citebrief.core.model import BriefOptions, SentenceRole
from citebrief.engine import summarise
from citebrief.ingest import load_folder
from citebrief.ingest.folder import load_file
from citebrief.ingest.language import (
    _ADDRESS,
    _counted_words,
    _identifier,
    _mostly_english_stop_words,
    detect_language,
)

SAMPLES = {
    "english": "The government approved a new climate law on Thursday. The opposition criticised the plan "
    "and said it came far too late for the farmers in the valley.",
    "german": "Die Regierung hat am Donnerstag ein neues Klimagesetz beschlossen. Die Opposition kritisierte "
    "den Plan und sagte, er komme für die Bauern im Tal viel zu spät.",
    "french": "Le gouvernement a adopté jeudi une nouvelle loi sur le climat. L'opposition a critiqué le plan "
    "et a dit qu'il arrivait bien trop tard pour les agriculteurs de la vallée.",
    "spanish": "El gobierno aprobó el jueves una nueva ley sobre el clima. La oposición criticó el plan y dijo "
    "que llegaba demasiado tarde para los agricultores del valle.",
    "italian": "Il governo ha approvato giovedì una nuova legge sul clima. L'opposizione ha criticato il piano "
    "e ha detto che arriva troppo tardi per gli agricoltori della valle.",
    "portuguese": "O governo aprovou na quinta-feira uma nova lei sobre o clima. A oposição criticou o plano e "
    "disse que chegava tarde demais para os agricultores do vale.",
    "dutch": "De regering heeft donderdag een nieuwe klimaatwet aangenomen. De oppositie bekritiseerde het "
    "plan en zei dat het veel te laat komt voor de boeren in het dal.",
    "czech": "Vláda ve čtvrtek schválila nový zákon o klimatu. Opozice plán kritizovala a uvedla, že pro "
    "zemědělce v údolí přichází příliš pozdě.",
    "russian": "Правительство в четверг одобрило новый закон о климате. Оппозиция раскритиковала план и "
    "заявила, что он пришёл слишком поздно для фермеров долины.",
    "greek": "Η κυβέρνηση ενέκρινε την Πέμπτη νέο νόμο για το κλίμα. Η αντιπολίτευση επέκρινε το σχέδιο και "
    "είπε ότι έρχεται πολύ αργά για τους αγρότες της κοιλάδας.",
    "turkish": "Hükümet perşembe günü yeni bir iklim yasasını onayladı. Muhalefet planı eleştirdi ve vadideki "
    "çiftçiler için çok geç kaldığını söyledi.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_language_is_detected(tmp_path: Path, language: str) -> None:
    (tmp_path / "a.txt").write_text(SAMPLES[language] + "\n", encoding="utf-8")
    (source,) = load_folder(tmp_path).sources
    assert source.language == language


def test_very_short_text_falls_back_to_english() -> None:
    assert detect_language("Lindmoor 2026") == "english"


def test_language_argument_forces_the_language(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n\n".join(FLOOD_DE), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n".join(FLOOD_EN), encoding="utf-8")
    corpus = load_folder(tmp_path, language="german")
    assert [s.language for s in corpus.sources] == ["german", "german"]


def _brief_sentences(folder: Path) -> tuple[list[str], list[str]]:
    corpus = load_folder(folder)
    brief = summarise(corpus, BriefOptions(length=400))
    source_sentences = [
        s.text for src in corpus.sources for s in src.sentences if s.role is SentenceRole.BODY
    ]
    quotes = [c.quote for item in brief.items for c in item.citations]
    assert quotes
    for item in brief.items:
        for cit in item.citations:
            assert corpus.source(cit.source_id).text[cit.start : cit.end] == cit.quote
    return source_sentences, quotes


def test_german_folder_is_split_with_german_rules(tmp_path: Path) -> None:
    (tmp_path / "hochwasser.txt").write_text("\n\n".join(FLOOD_DE), encoding="utf-8")
    (tmp_path / "rueckkehr.txt").write_text(
        "Rückkehr nach Lindmoor\n\nAm Donnerstag kehrten die ersten Bewohner in ihre Häuser zurück. Die "
        "Versicherungen schickten Gutachter in die Altstadt, wo rund 340 Häuser überflutet wurden.\n",
        encoding="utf-8",
    )
    corpus = load_folder(tmp_path)
    assert {s.language for s in corpus.sources} == {"german"}
    sentences, quotes = _brief_sentences(tmp_path)
    # "am 3. Mai" is a date, not the end of a sentence, in German
    assert "Der Stadtrat tagte am 3. Mai bis spät in die Nacht." in sentences
    assert "Laut Dr. Anna Berg vom Wasseramt wird der Pegel erst am Mittwoch sinken." in sentences
    assert all(not q.endswith(("am 3.", "Dr.", "Prof.")) for q in quotes)


def test_turkish_folder_is_split_with_turkish_rules(tmp_path: Path) -> None:
    (tmp_path / "sel.txt").write_text("\n\n".join(FLOOD_TR), encoding="utf-8")
    (tmp_path / "donus.txt").write_text(
        "Lindmoor'da eve dönüş başladı\n\nPerşembe günü ilk sakinler evlerine döndü. Sigorta şirketleri, "
        "yaklaşık 340 evin su altında kaldığı eski şehre eksperler gönderdi.\n",
        encoding="utf-8",
    )
    corpus = load_folder(tmp_path)
    assert {s.language for s in corpus.sources} == {"turkish"}
    sentences, quotes = _brief_sentences(tmp_path)
    # Turkish titles "Doç." and "Hz." and the company suffix "A.Ş." do not end a sentence
    assert (
        "Lindmoor Üniversitesi öğretim üyesi Doç. Mehmet Yılmaz, nehrin iki gün içinde çekileceğini söyledi."
        in sentences
    )
    assert (
        "Belediye Su A.Ş. Genel Müdürü Hz. Ali Demir ise içme suyunun güvenli olduğunu açıkladı." in sentences
    )
    assert all(not q.endswith(("Doç.", "A.Ş.", "Hz.")) for q in quotes)


def test_mixed_folder_keeps_each_document_language(tmp_path: Path) -> None:
    (tmp_path / "de.txt").write_text("\n\n".join(FLOOD_DE), encoding="utf-8")
    (tmp_path / "en1.txt").write_text("\n\n".join(FLOOD_EN), encoding="utf-8")
    (tmp_path / "en2.txt").write_text("\n\n".join(FLOOD_EN_2), encoding="utf-8")
    corpus = load_folder(tmp_path)
    assert [s.language for s in corpus.sources] == ["german", "english", "english"]


def test_english_quote_inside_a_german_article_does_not_make_it_english(tmp_path: Path) -> None:
    text = (
        "\n\n".join(FLOOD_DE[:2])
        + '\n\nDer Gast aus London sagte: "The water came in the night and it was the worst I have seen."\n'
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (source,) = load_folder(tmp_path).sources
    assert source.language == "german"


# Pages of the kind a news folder holds besides articles (a video page with its credits and links),
# in the languages an English text is most often confused with, to check the stop-word test on them.
CREDITS_PAGES = {
    "english": "Published on Apr 1, 2017\n\nI TOLD YOU IT WAS A DIFFERENT MOVIE!\n\nSee more http://www.example.com"
    "\n\nLIKE us on: http://www.facebook.com/example\n\nFOLLOW us on: http://www.twitter.com/example\n\nCAST"
    "\n\nSinbad\n\nJames - Bradley Bundlie\n\nRachael - Jolie Ledford\n\nCREW\n\nDirector - Ryan Martin & Royce "
    "Adkins\n\nWriter - Mike Trapp\n\nProducer - Shane Crown\n\nDirector of Photography - Cooper James\n\n"
    "Gaffer - Brody Anderson\n\nKey Grip - Saul Cervantes\n\nSound Mixer - Ryan Bertolami for Sound Town\n\n"
    "Costume Designer - Tiffany Maxwell\n\nSet Teacher - Amy Stanoszek\n\nGraphic Designer - Tony Wiley",
    "polish": "Opublikowany 1 kwi 2017\n\nMÓWIŁEM CI, ŻE TO BYŁ INNY FILM!\n\nZobacz więcej na www.przyklad.pl\n\n"
    "Polub nas na: http://www.facebook.com/przyklad\n\nObserwuj nas na: http://www.twitter.com/przyklad\n\n"
    "OBSADA\n\nJan Kowalski\n\nReżyser - Anna Nowak i Piotr Wiśniewski\n\nScenariusz - Marek Zieliński\n\n"
    "Zdjęcia - Tomasz Lewandowski\n\nDźwięk - Paweł Wójcik\n\nKostiumy - Ewa Kamińska",
    "german": "Veröffentlicht am 1. April 2017\n\nICH HABE DIR GESAGT, DASS ES EIN ANDERER FILM WAR!\n\n"
    "Mehr auf http://www.beispiel.de\n\nFolge uns auf: http://www.twitter.com/beispiel\n\nBESETZUNG\n\n"
    "Regie - Ryan Martin und Royce Adkins\n\nDrehbuch - Mike Trapp\n\nKamera - Cooper James\n\n"
    "Ton - Jonas Becker\n\nKostüm - Lena Wagner",
    "french": "Publiée le 1 avr. 2017\n\nJE T'AVAIS DIT QUE C'ÉTAIT UN AUTRE FILM !\n\nPlus sur http://www.exemple.fr"
    "\n\nSuivez-nous sur : http://www.twitter.com/exemple\n\nDISTRIBUTION\n\nRéalisation - Ryan Martin et "
    "Royce Adkins\n\nScénario - Mike Trapp\n\nImage - Cooper James\n\nSon - Julien Moreau\n\nCostumes - Claire Petit",
    "spanish": "Publicado el 1 abr. 2017\n\n¡TE DIJE QUE ERA OTRA PELÍCULA!\n\nMás en http://www.ejemplo.es\n\n"
    "Síguenos en: http://www.twitter.com/ejemplo\n\nREPARTO\n\nDirección - Ryan Martin y Royce Adkins\n\n"
    "Guion - Mike Trapp\n\nFotografía - Cooper James\n\nSonido - Javier García\n\nVestuario - Lucía Fernández",
    "dutch": "Gepubliceerd op 1 apr 2017\n\nIK ZEI TOCH DAT HET EEN ANDERE FILM WAS!\n\nMeer op http://www.voorbeeld.nl"
    "\n\nVolg ons op: http://www.facebook.com/voorbeeld\n\nCAST\n\nRegie - Jan de Vries en Pieter Jansen\n\n"
    "Scenario - Mike Trapp\n\nCamera - Cooper James\n\nGeluid - Sanne Bakker\n\nKostuums - Eva Visser",
    "danish": "Udgivet den 1. apr. 2017\n\nJEG SAGDE JO, AT DET VAR EN ANDEN FILM!\n\nSe mere på http://www.eksempel.dk"
    "\n\nFølg os på: http://www.facebook.com/eksempel\n\nMEDVIRKENDE\n\nInstruktør - Lars Nielsen og Mette "
    "Hansen\n\nManuskript - Mike Trapp\n\nFoto - Cooper James\n\nLyd - Søren Madsen\n\nKostumer - Ida Larsen",
}


# English that the density of "the" and its function words does not settle (a video page, a headline
# list, a short notice), each with its share of English stop words well above any other list's.
ENGLISH_WITHOUT_THE = [
    "Published on Apr 1, 2017\n\nI told you it was a different movie!\n\nSee more at our channel. LIKE us on "
    "our page and FOLLOW us for more of our videos every week.\n\nCAST\n\nSinbad\nShaquille",
    "JavaScript is disabled\n\nYou need to enable JavaScript to use this site\n",
    "Please note: this page is no longer updated. For current stories, go to our new site, where you can "
    "also sign up for alerts by email.",
    CREDITS_PAGES["english"],
    "Scientists reported on Monday that a new catalyst turns CO2 and water into liquid fuel. It could make "
    "storage of renewable energy cheaper, they said, though it is not yet ready for use at scale.",
]


@pytest.mark.parametrize("text", ENGLISH_WITHOUT_THE)
def test_english_is_told_by_its_stop_words_without_the_model(text: str) -> None:
    code = (
        "import sys\nfrom citebrief.ingest.language import _identifier, identify_language\n"
        f"print(identify_language({text!r})[0], _identifier.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["english", "0"]  # English, and the model never loaded


NOT_ENGLISH = [
    *((lang, text) for lang, text in SAMPLES.items() if lang != "english"),
    *((lang, " ".join(sents)) for lang, sents in SENTENCES.items() if lang != "english"),
    *((lang, " ".join(cases)) for lang, cases in NEWS_CASES.items()),
    *((lang, text) for lang, text in CREDITS_PAGES.items() if lang != "english"),
    ("german", "\n\n".join(FLOOD_DE)),
    ("turkish", "\n\n".join(FLOOD_TR)),
]


@pytest.mark.parametrize(("language", "text"), NOT_ENGLISH)
def test_no_other_language_passes_for_english_by_its_stop_words(language: str, text: str) -> None:
    assert not _mostly_english_stop_words(text), language


@pytest.mark.parametrize("text", [SAMPLES["english"], " ".join(SENTENCES["english"]), *ENGLISH_WITHOUT_THE])
def test_english_passes_by_its_stop_words(text: str) -> None:
    assert _mostly_english_stop_words(text)


@pytest.mark.parametrize(("language", "text"), [*NOT_ENGLISH, *(("english", t) for t in ENGLISH_WITHOUT_THE)])
def test_the_stop_word_test_agrees_with_the_model(language: str, text: str) -> None:
    # Whatever the shortcut calls English, the model it saves loading calls English too.
    if _mostly_english_stop_words(text[:1000]):
        assert _identifier().classify(text[:1000])[0] == "en"


def test_addresses_and_names_do_not_count_as_words() -> None:
    # Without leaving them out, the credits page is under a fifth English stop words, and the "www"
    # of its addresses is on the Polish list.
    page = CREDITS_PAGES["english"]
    assert _counted_words(["Director", "of", "Photography", "The", "see", "more"]) == ["of", "the", "see", "more"]
    assert "www" not in _ADDRESS.sub(" ", page) and _mostly_english_stop_words(page)


def test_parallel_reading_tells_every_language_as_serial_reading_does(tmp_path: Path) -> None:
    # Enough files for worker processes; the languages only the model tells are read by the parent.
    texts = [*SAMPLES.values(), *(" ".join(s) for s in SENTENCES.values())]
    for number in range(70):
        (tmp_path / f"a{number:02d}.txt").write_text(texts[number % len(texts)] + "\n", encoding="utf-8")
    serial = load_folder(tmp_path, cache=None)
    parallel = load_folder(tmp_path, cache=None, workers=2)
    assert {s.language for s in parallel.sources} >= {"german", "french", "russian", "dutch", "english"}
    assert parallel == serial


def test_a_short_page_in_a_folder_of_one_language_is_read_in_that_language(tmp_path: Path) -> None:
    # A short page only the model could tell, among 70 English articles: the folder's language, the
    # same whether the folder is read in worker processes or not.
    english = SAMPLES["english"]
    for number in range(70):
        (tmp_path / f"a{number:02d}.txt").write_text(f"{english} Report {number}.\n", encoding="utf-8")
    (tmp_path / "b-short.txt").write_text(SAMPLES["german"] + "\n", encoding="utf-8")
    serial = load_folder(tmp_path, cache=None)
    parallel = load_folder(tmp_path, cache=None, workers=2)
    assert parallel == serial
    short = next(s for s in serial.sources if s.id == "b-short.txt")
    assert short.language == "english"
    assert [s.id for s in serial.sources] == sorted(s.id for s in serial.sources)


def test_a_short_page_alone_or_among_many_languages_is_told_by_the_model(tmp_path: Path) -> None:
    (tmp_path / "b-short.txt").write_text(SAMPLES["german"] + "\n", encoding="utf-8")
    assert load_folder(tmp_path, cache=None).sources[0].language == "german"
    assert load_file(tmp_path / "b-short.txt", root=tmp_path).language == "german"
