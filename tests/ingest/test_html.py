"""HTML reading: main text from trafilatura, plus the facts it drops, never scripts."""

from __future__ import annotations

from shortlist.ingest import read_bytes

POSTING = """<!doctype html>
<html><head><title>Senior Python Engineer - Acme Careers</title>
<style>.salary { color: red }</style>
<script>var tracking = "SCRIPT_SECRET"; document.title = "x";</script></head>
<body><nav><a href="/">Home</a> <a href="/remote">Remote jobs</a></nav>
<main><h1>Senior Python Engineer</h1>
<p>Acme is hiring a senior Python engineer to build our data platform. You will design
services, mentor engineers and own reliability for the systems behind our product.</p>
<h2>Requirements</h2>
<ul><li>5+ years of Python</li><li>Experience with Kubernetes and PostgreSQL</li>
<li>Strong written communication</li></ul>
<p>We offer a friendly team, a learning budget and flexible hours all year round.</p></main>
<aside><dl><dt>Salary</dt><dd>£70,000 - £85,000</dd>
<dt>Location</dt><dd>London (hybrid)</dd></dl></aside>
<footer>© Acme 2024</footer>
<script>console.log("SCRIPT_SECRET")</script></body></html>
"""


def test_it_keeps_the_salary_and_location_that_the_main_text_extractor_drops() -> None:
    document = read_bytes(POSTING.encode(), name="posting.html")

    assert document.text == (
        "Senior Python Engineer\n"
        "Acme is hiring a senior Python engineer to build our data platform. You will design "
        "services, mentor engineers and own reliability for the systems behind our product.\n"
        "Requirements\n"
        "- 5+ years of Python\n"
        "- Experience with Kubernetes and PostgreSQL\n"
        "- Strong written communication\n"
        "We offer a friendly team, a learning budget and flexible hours all year round.\n"
        "\n"
        "Salary: £70,000 - £85,000\n"
        "Location: London (hybrid)"
    )
    assert (document.source_type, document.pages, document.warnings) == ("html", None, ())


def test_it_never_lets_script_or_style_content_into_the_text() -> None:
    text = read_bytes(POSTING.encode(), name="posting.html").text

    assert ("SCRIPT_SECRET" in text, "color" in text, "console" in text) == (False, False, False)


def test_it_keeps_all_visible_text_with_a_warning_when_no_main_text_is_found() -> None:
    page = (
        "<html><head><script>var SCRIPT_SECRET = 1;</script></head><body>"
        "<aside>Data Engineer</aside><aside>Remote, £60k</aside></body></html>"
    )

    document = read_bytes(page.encode(), name="job.htm")

    assert document.text == "Data Engineer\nRemote, £60k"
    assert document.warnings == (
        "could not tell the main text of job.htm from the rest; kept all of it",
    )


def test_it_decodes_a_page_in_the_charset_its_meta_tag_declares() -> None:
    page = (
        '<html><head><meta charset="windows-1252"></head><body>'
        "<p>Caf\xe9 manager \x96 Lyon</p></body></html>"
    )

    document = read_bytes(page.encode("latin-1"), name="job.html")

    assert (document.text, document.warnings) == ("Café manager – Lyon", ())


def test_it_treats_a_nameless_input_that_starts_like_html_as_html() -> None:
    document = read_bytes(b"<!DOCTYPE html><html><body><p>Data Engineer</p></body></html>")

    assert (document.text, document.source_type) == ("Data Engineer", "html")
