"""Write the catalogue of bad inputs: one folder per kind, built at test time, never committed.

Each `Kind` says what the input is, what newsfuse does with it (the row of the table in
docs/robustness.md) and what a run must show: the exit code, the warning or skip lines that
name the problem, and how many sources the brief keeps. ``build(folder)`` writes the input
under ``folder`` and returns the command-line arguments (paths) to brief; ``limits`` lowers
`Settings` fields for the run so that a limit can be shown on a small input.

    python -m tests.bad_inputs.generate OUT [KIND ...]   # write kinds to OUT/<kind>/ for a look
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "examples" / "ain-al-asad"


def seed(n: int) -> str:
    """The n-th bundled demo article (English, about 3 KB), as text."""
    return sorted(DEMO.glob("*.txt"))[n].read_text(encoding="utf-8")


def good(folder: Path, n: int = 2) -> list[str]:
    """``n`` good English articles (demo seeds) beside the bad input; their paths."""
    paths = []
    for i in range(n):
        path = folder / f"good_{i + 1}.txt"
        path.write_text(seed(i), encoding="utf-8")
        paths.append(str(path))
    return paths


# An English article whose every paragraph is a few plain sentences, for inputs built from it.
STORY = (
    "At least 14 rockets hit the Ain al-Asad air base in western Iraq on Wednesday, the "
    "coalition said. Two people were slightly injured, according to Col. Wayne Marotto.\n\n"
    "The base hosts American and other coalition troops. Iraqi security sources said the "
    "launcher was mounted on a truck that was later found burning in nearby farmland.\n\n"
    "No group immediately claimed responsibility for the attack, which came a day after a "
    "drone struck the airport in Erbil."
)
GERMAN = (
    "Bei einem Raketenangriff auf den Luftwaffenstützpunkt Ain al-Asad im Westen des Irak sind "
    "am Mittwoch zwei Menschen leicht verletzt worden. Das teilte ein Sprecher der "
    "internationalen Koalition mit. Nach Angaben der irakischen Sicherheitskräfte wurden "
    "mindestens 14 Raketen abgefeuert, die auf dem Gelände und in der Umgebung der Basis "
    "einschlugen. Die Abschussvorrichtung sei auf einem Lastwagen montiert gewesen, der später "
    "in Brand gesetzt in der Nähe gefunden wurde. Zu dem Angriff bekannte sich zunächst niemand."
)
SPANISH = (
    "Al menos catorce cohetes impactaron el miércoles en la base aérea de Ain al Asad, en el "
    "oeste de Irak, donde se encuentran tropas de Estados Unidos y de la coalición "
    "internacional. Según el portavoz de la coalición, dos personas resultaron heridas leves. "
    "Las fuerzas de seguridad iraquíes dijeron que el lanzador estaba montado en un camión que "
    "fue encontrado en llamas cerca de la base. Ningún grupo se ha atribuido el ataque."
)
ARABIC = (
    "أعلن التحالف الدولي أن أربعة عشر صاروخا على الأقل سقطت يوم الأربعاء على قاعدة عين الأسد "
    "الجوية في محافظة الأنبار غربي العراق، ما أدى إلى إصابة شخصين بجروح طفيفة. وقال المتحدث "
    "باسم التحالف إن الصواريخ سقطت داخل القاعدة وفي محيطها. وأضافت مصادر أمنية عراقية أن منصة "
    "الإطلاق كانت مثبتة على شاحنة عثر عليها محترقة في أرض زراعية قريبة."
)
HEBREW = (
    "לפחות ארבע עשרה רקטות נורו ביום רביעי לעבר בסיס חיל האוויר עין אל-אסד שבמערב עיראק, שבו "
    "שוהים חיילים אמריקנים וכוחות הקואליציה. לדברי דובר הקואליציה, שני בני אדם נפצעו באורח קל. "
    "גורמי ביטחון עיראקים מסרו כי המשגר היה מורכב על משאית שנמצאה שרופה בשטח חקלאי סמוך. אף "
    "ארגון לא נטל אחריות על התקיפה."
)
CHINESE = (
    "周三，至少十四枚火箭弹袭击了伊拉克西部的阿萨德空军基地，该基地驻有美军和国际联军部队。"
    "联军发言人表示，火箭弹落在基地内及其周边地区，造成两人轻伤。伊拉克安全部门消息人士称，"
    "发射装置安装在一辆卡车上，这辆卡车随后在附近农田中被发现起火。目前尚无任何组织宣称对此次"
    "袭击负责。美军官员说，基地的防空系统拦截了部分火箭弹，损失情况仍在评估之中。当地时间下午，"
    "另一枚火箭弹落在巴格达国际机场附近，没有造成人员伤亡。伊拉克总理下令展开调查。"
)
HOSTILE_MARKUP = (
    "<script>alert(1)</script> Officials said two rockets hit the base on Wednesday. "
    '<img src=x onerror="alert(1)"> The coalition said [details](javascript:alert(1)) would '
    "follow. <a href=\"javascript:alert('x')\">Read more</a> **Nobody** was `killed`, "
    "# they said.\n"
    "<iframe src='https://evil.example'></iframe> Sources said the launcher was on a truck."
)
MIXED_SCRIPT_TEXT = "A café in Mosul reopened, said the naïve reporter. The “army” said so."

Builder = Callable[[Path], list[str]]


@dataclass(frozen=True)
class Kind:
    """One kind of bad input and the behaviour a run must show."""

    name: str
    input: str  # what the input is
    behaviour: str  # what newsfuse does with it
    build: Builder
    exit_code: int = 0
    messages: tuple[str, ...] = ()  # each must be in some stderr line
    sources: int | None = None  # sources in the brief, when it exits 0
    limits: dict[str, int] = field(default_factory=dict)  # Settings fields lowered for the run
    stdin: bool = False  # the built folder's ``stdin.bin`` is piped in as ``-``


def _write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return str(path)


def _one(name: str, data: bytes | str) -> Builder:
    return lambda folder: [_write(folder / name, data)]


def _with_good(name: str, data: bytes | str, n: int = 2) -> Builder:
    return lambda folder: [*good(folder, n), _write(folder / name, data)]


def _huge_line(folder: Path) -> list[str]:
    path = folder / "dump.txt"
    with path.open("w", encoding="ascii") as out:
        for _ in range(100):  # 100 x 500 KB = 50 MB, one line, no punctuation
            out.write("rockets hit the base " * 25_000)
    return [str(path)]


def _blob(folder: Path) -> list[str]:
    return [_write(folder / "blob.txt", "QUJD" * 250_000)]  # 1 MB with no space at all


def _identical(folder: Path) -> list[str]:
    text = seed(0)
    for i in range(10_000):
        _write(folder / "copies" / f"{i:05d}.txt", text)
    return [str(folder / "copies")]


def _near_identical(folder: Path) -> list[str]:
    for i in range(50):  # one story syndicated under 50 bylines: different files, same text
        _write(folder / "syndicated" / f"{i:02d}.txt", f"By Reporter Number{i}\n\n{STORY}")
    return [str(folder / "syndicated")]


def _html_page(folder: Path) -> list[str]:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in STORY.split("\n\n"))
    page = (
        "<!DOCTYPE html>\n<html><head><title>Rockets hit Ain al-Asad</title>"
        "<script>var tracking = 1;</script><style>p{color:red}</style></head><body>\n"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n"
        f"<article><h1>Rockets hit Ain al-Asad</h1>\n{paragraphs}</article>\n"
        "<footer>© 2021 Example News. All rights reserved.</footer></body></html>\n"
    )
    return [_write(folder / "saved_page.txt", page)]


def _jsonl_broken(folder: Path) -> list[str]:
    lines = [
        json.dumps({"id": "one", "title": "Rockets hit base", "maintext": seed(0)}),
        '{"id": "two", "maintext": "this line was cut in the midd',
        json.dumps({"id": "three", "title": "Base attacked", "maintext": seed(1)}),
    ]
    return [_write(folder / "crawl.jsonl", "\n".join(lines) + "\n")]


def _json_wrong_types(folder: Path) -> list[str]:
    records = [
        {"id": 1, "text": 12345},  # text is a number: no text
        {"id": [1], "maintext": ["a", "list"], "documents": "not a list"},
        {"id": {"a": 1}, "title": 7, "date": {"day": 1}, "maintext": seed(0), "url": 5},
        {"id": True, "title": None, "date_publish": 20210708, "maintext": seed(1)},
        {"documents": [1, None, {"text": 3}, seed(2)]},
    ]
    return [_write(folder / "records.json", json.dumps(records))]


def _json_truncated(folder: Path) -> list[str]:
    text = json.dumps([{"title": "Rockets", "maintext": seed(0)}, {"maintext": seed(1)}])
    return [*good(folder, 1), _write(folder / "cut.json", text[: len(text) // 2])]


def _json_deep(folder: Path) -> list[str]:
    return [
        *good(folder, 1),
        _write(folder / "deep.json", "[" * 100_000 + "]" * 100_000),
        _write(folder / "deep.jsonl", '{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n"),
    ]


def _json_nested_documents(folder: Path) -> list[str]:
    record: dict[str, object] = {"text": STORY}
    for _ in range(300):  # Multi-News "documents" inside "documents", 300 deep
        record = {"documents": [record]}
    return [_write(folder / "nested.json", json.dumps(record))]


def _json_surrogates(folder: Path) -> list[str]:
    record = {
        "id": "x\\udc80",
        "title": "Rockets \\ud800 hit the base",
        "maintext": seed(0).replace("coalition", "coal\\udfffition", 1),
    }
    text = json.dumps(record).replace("\\\\u", "\\u")  # real escapes of lone surrogates
    return [_write(folder / "surrogates.json", text)]


def _json_not_records(folder: Path) -> list[str]:
    return [
        *good(folder, 1),
        _write(folder / "array.json", '[1, "two", null, [3]]'),
        _write(folder / "scalar.json", "42"),
    ]


def _json_bad_dates(folder: Path) -> list[str]:
    records = [
        {"title": "A", "date": "2021-02-30", "maintext": seed(0)},
        {"title": "B", "date_publish": "yesterday at noon", "maintext": seed(1)},
        {"title": "C", "date": "99999-01-01", "maintext": seed(2)},
    ]
    return [_write(folder / "dates.json", json.dumps(records))]


def _symlink_loop(folder: Path) -> list[str]:
    root = folder / "news"
    _write(root / "a.txt", seed(0))
    _write(root / "sub" / "b.txt", seed(1))
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    return [str(root)]


def _dangling(folder: Path) -> list[str]:
    paths = good(folder, 1)
    (folder / "gone.txt").symlink_to(folder / "deleted.txt")
    return [str(folder)] if paths else []


def _fifo(folder: Path) -> list[str]:
    paths = good(folder, 1)
    os.mkfifo(folder / "pipe.txt")  # opening it would wait forever for a writer
    return [str(folder)] if paths else []


def _unreadable(folder: Path) -> list[str]:
    paths = good(folder, 1)
    path = folder / "secret.txt"
    _write(path, seed(1))
    path.chmod(0)  # as root this is not enforced: the test makes open() refuse instead
    return [*paths, str(path)]


def _dir_named_txt(folder: Path) -> list[str]:
    _write(folder / "story.txt" / "inside.txt", seed(0))
    return [str(folder / "story.txt")]


def _unsupported(folder: Path) -> list[str]:
    good(folder, 1)
    _write(folder / "scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    _write(folder / "notes.docx", b"PK\x03\x04\x14\x00")
    _write(folder / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    return [str(folder)]


def _bidi(folder: Path) -> list[str]:
    text = STORY.replace("Wednesday", "\u202eyadsendeW\u202c").replace("truck", "\u2066truck\u2069")
    return [_write(folder / "bidi.txt", "\u200f" + text)]


def _zero_width(folder: Path) -> list[str]:
    text = (
        STORY.replace("rockets", "roc\u200bkets")
        .replace("coalition", "coali\u00adtion")
        .replace("injured", "in\u200djured\ufeff")
    )
    return [_write(folder / "zero_width.txt", text)]


def _control_chars(folder: Path) -> list[str]:
    text = STORY.replace("Two people", "\x1b[31mTwo people\x1b[0m").replace("drone", "dro\x07ne")
    return [_write(folder / "ansi.txt", text)]


def _numbers(folder: Path) -> list[str]:
    rows = "\n".join(" ".join(str((i * 7919 + j) % 100_000) for j in range(12)) for i in range(400))
    return [_write(folder / "numbers.txt", rows)]


def _table(folder: Path) -> list[str]:
    header = "| Province | Rockets | Injured | Killed | Date |\n|---|---|---|---|---|\n"
    rows = "".join(
        f"| Anbar {i} | {i % 17} | {i % 3} | {i % 2} | 2021-07-{1 + i % 28:02d} |\n"
        for i in range(20_000)
    )
    return [*good(folder, 1), _write(folder / "table.txt", header + rows)]


def _many_articles(folder: Path) -> list[str]:
    for i in range(30):
        _write(folder / "many" / f"{i:02d}.txt", f"Report {i}. {STORY}")
    return [str(folder / "many")]


def _many_sentences(folder: Path) -> list[str]:
    text = " ".join(f"Rocket {i} hit." for i in range(5_000))
    return [_write(folder / "ticker.txt", text)]


def _line_endings(folder: Path) -> list[str]:
    return [
        _write(folder / "windows.txt", STORY.replace("\n", "\r\n")),
        _write(folder / "old_mac.txt", STORY.replace("Iraq", "Iraq (CR)").replace("\n", "\r")),
    ]


def _odd_file_name(folder: Path) -> list[str]:
    name = "evil\n\x1b[2J\u202etxt.name.json"
    return [*good(folder, 1), _write(folder / name, b"")]


def _mixed_encodings(folder: Path) -> list[str]:
    data = (
        "A café in Mosul reopened on Monday, said the naïve reporter.\n\n".encode()
        + "The “army” said the café was hit. Officials said two people were hurt.".encode("cp1252")
        + b"\n\n"
        + STORY.encode()
    )
    return [_write(folder / "mixed.txt", data)]


def _stdin_binary(folder: Path) -> list[str]:
    _write(folder / "stdin.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    return ["-"]


CATALOGUE: dict[str, Kind] = {
    kind.name: kind
    for kind in [
        Kind(
            "empty",
            "a 0-byte `.txt`",
            "skipped: `empty file, skipped`; nothing else: exit 1",
            _one("empty.txt", b""),
            exit_code=1,
            messages=("empty.txt: empty file, skipped", "no usable articles"),
        ),
        Kind(
            "whitespace_only",
            "spaces, tabs, CR/LF and an ideographic space (U+3000) only",
            "skipped: `empty file, skipped`; the good articles beside it are briefed",
            _with_good("blank.txt", " \n\t\r\n \u3000 \n"),
            messages=("blank.txt: empty file, skipped",),
            sources=2,
        ),
        Kind(
            "binary",
            "PNG bytes saved as `.txt`",
            "skipped: `binary file, skipped` (NUL bytes or >10% control bytes in the first 8 KB)",
            _with_good("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
            messages=("photo.txt: binary file, skipped",),
            sources=2,
        ),
        Kind(
            "stdin_binary",
            "binary bytes piped to `newsfuse brief -`",
            "skipped: `stdin: binary file, skipped`; exit 1",
            _stdin_binary,
            exit_code=1,
            messages=("stdin: binary file, skipped",),
            stdin=True,
        ),
        Kind(
            "truncated_utf8",
            "UTF-8 text cut in the middle of a multi-byte character (an interrupted download)",
            "used; the broken last character is dropped with a warning, the accents before it "
            "are kept (not re-decoded as cp1252)",
            _one("cut.txt", (STORY + " Café").encode()[:-1]),
            messages=("cut.txt: ends in the middle of a UTF-8 character; it was dropped",),
            sources=1,
        ),
        Kind(
            "utf16_bom",
            "UTF-16 (little endian) with a byte-order mark",
            "used as is, no warning",
            _one("utf16.txt", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le")),
            sources=1,
        ),
        Kind(
            "utf16_no_bom",
            "UTF-16 without a byte-order mark",
            "skipped as `binary file` (its NUL bytes); save it as UTF-8 or with a BOM",
            _with_good("utf16_nobom.txt", STORY.encode("utf-16-le")),
            messages=("utf16_nobom.txt: binary file, skipped",),
            sources=2,
        ),
        Kind(
            "cp1252",
            "Windows-1252 text (curly quotes, accents)",
            "used, with a warning `not valid UTF-8; decoded as cp1252`",
            _one("legacy.txt", (STORY + " " + MIXED_SCRIPT_TEXT).encode("cp1252")),
            messages=("legacy.txt: not valid UTF-8; decoded as cp1252",),
            sources=1,
        ),
        Kind(
            "mixed_encodings",
            "UTF-8 and cp1252 paragraphs in one file",
            "decoded as cp1252 with a warning; the UTF-8 part comes out as mojibake, which "
            "cleaning (ftfy) repairs, so both parts read correctly",
            _mixed_encodings,
            messages=("mixed.txt: not valid UTF-8; decoded as cp1252",),
            sources=1,
        ),
        Kind(
            "huge_single_line",
            "a 50 MB file that is one line without punctuation",
            "truncated to `max_article_chars` (200,000) with a warning; segmented in "
            "2,000-character pieces; a brief in seconds, bounded memory",
            _huge_line,
            messages=("dump.txt: text longer than 200000 characters, truncated",),
            sources=1,
        ),
        Kind(
            "no_space_blob",
            "1 MB of base64 with no space or punctuation",
            'truncated with a warning; its "sentences" are hard-cut at 2,000 characters',
            _blob,
            messages=("blob.txt: text longer than 200000 characters, truncated",),
            sources=1,
        ),
        Kind(
            "over_max_file_bytes",
            "a file larger than `max_file_bytes` (64 MiB; lowered to 4 KB here)",
            "only the first `max_file_bytes` are read, with a warning",
            _one("long.txt", STORY * 20),
            messages=("long.txt: larger than max_file_bytes; read only the first 4096 bytes",),
            sources=1,
            limits={"max_file_bytes": 4096},
        ),
        Kind(
            "identical_10000",
            "10,000 identical articles in one folder",
            "one source; three `duplicate of ..., skipped` lines, then one line counting the "
            "rest (`... and 9,995 more: duplicate(s) of ..., skipped`)",
            _identical,
            messages=("00001.txt: duplicate of", "and 9,995 more: duplicate(s) of"),
            sources=1,
        ),
        Kind(
            "near_identical_copies",
            "one story syndicated under 50 different bylines",
            "one source: the copies are equal once the byline is lifted out by cleaning; "
            "at most four duplicate lines",
            _near_identical,
            messages=("and 45 more: duplicate(s) of",),
            sources=1,
        ),
        Kind(
            "too_many_articles",
            "more articles than `max_articles` (2,000; lowered to 25 here)",
            "the first 25 are used; one line names the first input over the limit, and "
            "nothing after it is read",
            _many_articles,
            messages=("25.txt: run limit max_articles (25) reached; this and all later inputs",),
            sources=25,
            limits={"max_articles": 25},
        ),
        Kind(
            "over_max_run_chars",
            "more text than `max_run_chars` (5 million characters; lowered to 2,000 here)",
            "articles are used until the next one would pass the limit; one line names it",
            _many_articles,
            messages=("04.txt: run limit max_run_chars (2,000 characters) reached",),
            sources=4,
            limits={"max_run_chars": 2_000},
        ),
        Kind(
            "over_max_run_sentences",
            "more sentences than `max_run_sentences` (10,000; lowered to 20 here)",
            "articles are used until their sentences pass the limit; one line names the first "
            "article skipped and counts the rest",
            _many_articles,
            messages=("03.txt: run limit max_run_sentences (20) reached; this and 26 later",),
            sources=3,
            limits={"max_run_sentences": 20},
        ),
        Kind(
            "too_many_sentences",
            "one article of 5,000 one-line sentences",
            "its first `max_article_sentences` (2,000) sentences are used, with a warning",
            _many_sentences,
            messages=("ticker.txt: more than max_article_sentences (2,000) sentences",),
            sources=1,
        ),
        Kind(
            "html_in_txt",
            "a whole HTML page saved as `.txt`",
            "recognised and read as HTML (trafilatura), with a warning; no tag or script "
            "reaches the text",
            _html_page,
            messages=("saved_page.txt: looks like an HTML page; read as HTML",),
            sources=1,
        ),
        Kind(
            "markup_injection",
            "an article whose text holds `<script>`, `onerror=`, `javascript:` links, Markdown",
            "kept as text: the Markdown brief escapes it and the HTML report shows it inert "
            "(no tag, handler or link from the input is live)",
            _one("hostile.txt", HOSTILE_MARKUP),
            sources=1,
        ),
        Kind(
            "jsonl_broken_line",
            "JSON Lines with a broken line in the middle",
            "that line is skipped (`invalid JSON on line 2`), the others are used",
            _jsonl_broken,
            messages=("crawl.jsonl#2: invalid JSON on line 2",),
            sources=2,
        ),
        Kind(
            "json_wrong_types",
            "JSON records with numbers, lists and objects where strings belong",
            "a field of the wrong type is ignored (a record left without text is skipped "
            "naming the fields it needs); the rest is used",
            _json_wrong_types,
            messages=("record has no text",),
            sources=3,
        ),
        Kind(
            "json_truncated",
            "a JSON document cut in half",
            "skipped: `invalid JSON (... at line N), skipped`",
            _json_truncated,
            messages=("cut.json: invalid JSON (",),
            sources=1,
        ),
        Kind(
            "json_deeply_nested",
            "JSON nested 100,000 levels deep (`[[[[...`), as a document and as a JSONL line",
            "skipped: `JSON nested too deeply to read` (it raised RecursionError: exit 70)",
            _json_deep,
            messages=("deep.json: JSON nested too deeply to read, skipped", "deep.jsonl#1: JSON"),
            sources=1,
        ),
        Kind(
            "json_nested_documents",
            "a Multi-News record with `documents` nested 300 deep",
            "read: the innermost document is the article",
            _json_nested_documents,
            sources=1,
        ),
        Kind(
            "json_lone_surrogates",
            'JSON strings with lone surrogate escapes (`"\\ud800"`)',
            "each is replaced by U+FFFD, so brief.json can be written (it failed with exit 70)",
            _json_surrogates,
            sources=1,
        ),
        Kind(
            "json_not_records",
            "a JSON array of non-objects, and a bare number",
            "skipped, naming how many items are not JSON objects",
            _json_not_records,
            messages=("4 array item(s) are not JSON objects", "scalar.json: not a JSON object"),
            sources=1,
        ),
        Kind(
            "json_bad_dates",
            "impossible or free-text dates (`2021-02-30`, `yesterday at noon`, year 99999)",
            "articles used without a date; the raw value is kept in metadata, never guessed",
            _json_bad_dates,
            sources=3,
        ),
        Kind(
            "symlink_loop",
            "a folder holding a symlink to itself and a link to its parent",
            "each real folder is walked once; the self-link is reported, the files are read once",
            _symlink_loop,
            messages=("self.txt: too many levels of symbolic links",),
            sources=2,
        ),
        Kind(
            "dangling_symlink",
            "a symlink to a deleted file",
            "skipped: `no such file or directory`",
            _dangling,
            messages=("gone.txt: no such file or directory",),
            sources=1,
        ),
        Kind(
            "fifo",
            "a named pipe called `pipe.txt` in a folder",
            "skipped without opening it (`skipped 1 special file(s)`): opening would hang",
            _fifo,
            messages=("skipped 1 special file(s) (FIFO, socket or device)",),
            sources=1,
        ),
        Kind(
            "unreadable",
            "a file without read permission",
            "skipped: `permission denied` (as root, the test makes open() refuse: see below)",
            _unreadable,
            messages=("secret.txt: permission denied",),
            sources=1,
        ),
        Kind(
            "dir_named_txt",
            "a folder named `story.txt`",
            "walked like any folder",
            _dir_named_txt,
            sources=1,
        ),
        Kind(
            "unsupported_types",
            "`.pdf`, `.docx` and `.jpg` files in the folder",
            "one line for the folder: `skipped 3 unsupported file(s) (.docx, .jpg, .pdf)`",
            _unsupported,
            messages=("skipped 3 unsupported file(s) (.docx, .jpg, .pdf)",),
            sources=1,
        ),
        Kind(
            "odd_file_name",
            "a file name holding a newline, an escape sequence and a bidi override",
            "its problem is still one line, with the control characters shown escaped",
            _odd_file_name,
            messages=("\\n\\x1b[2J\\u202etxt.name.json: empty file, skipped",),
            sources=1,
        ),
        Kind(
            "non_english",
            "German and Spanish articles beside English ones",
            "skipped: `looks like German, not English; skipped (newsfuse reads English)`",
            lambda folder: [
                *good(folder),
                _write(folder / "de.txt", GERMAN),
                _write(folder / "es.txt", SPANISH),
            ],
            messages=("de.txt: looks like German, not English", "es.txt: looks like Spanish"),
            sources=2,
        ),
        Kind(
            "rtl_text",
            "Arabic and Hebrew articles (right-to-left scripts)",
            "skipped, naming the script: `looks like Arabic script, not English`",
            lambda folder: [
                *good(folder),
                _write(folder / "ar.txt", ARABIC),
                _write(folder / "he.txt", HEBREW),
            ],
            messages=("ar.txt: looks like Arabic script", "he.txt: looks like Hebrew script"),
            sources=2,
        ),
        Kind(
            "cjk_text",
            "a Chinese article",
            "skipped: `looks like CJK script, not English`",
            _with_good("zh.txt", CHINESE),
            messages=("zh.txt: looks like CJK script, not English",),
            sources=2,
        ),
        Kind(
            "bidi_controls",
            "English text with right-to-left override and isolate characters",
            "cleaning removes them: no quote can display in another order than it reads",
            _bidi,
            sources=1,
        ),
        Kind(
            "zero_width",
            "zero-width spaces and joiners, soft hyphens and BOMs inside words",
            "cleaning removes them, so words, matching and offsets work",
            _zero_width,
            sources=1,
        ),
        Kind(
            "control_characters",
            "ANSI colour escapes and a bell character in the text",
            "cleaning (ftfy) removes them; nothing reaches the terminal",
            _control_chars,
            sources=1,
        ),
        Kind(
            "only_numbers",
            "400 lines of numbers and nothing else",
            "no sentence is fit for a summary: a brief with its source and an empty summary",
            _numbers,
            sources=1,
        ),
        Kind(
            "giant_table",
            "a document that is one 20,000-row Markdown table",
            "read like text and segmented within limits; the good article carries the summary",
            _table,
            sources=2,
        ),
        Kind(
            "line_endings",
            "Windows (CRLF) and classic Mac (CR) line endings",
            "read like LF text: the same paragraphs",
            _line_endings,
            sources=2,
        ),
    ]
}


def write_catalogue(root: Path, names: list[str] | None = None) -> dict[str, list[str]]:
    """Build the chosen kinds (default all) under ``root/<kind>``; their arguments by name."""
    built = {}
    for name in names or list(CATALOGUE):
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        built[name] = CATALOGUE[name].build(folder)
    return built


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for name, args in write_catalogue(Path(sys.argv[1]), sys.argv[2:]).items():
        print(f"{name}: {' '.join(map(repr, args))}")
