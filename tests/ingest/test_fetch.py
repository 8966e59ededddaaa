"""URL fetching against a real HTTP server on 127.0.0.1, started per test module."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from reportlab.pdfgen import canvas

from shortlist.ingest import FetchError, Limits, TooLarge, UnsupportedType, read_url
from shortlist.ingest.fetch import _checked_address
from shortlist.ingest.limits import MB

LOCAL = Limits(allow_private_urls=True)
POSTING = (
    b"<html><head><title>Data Engineer</title></head><body><main><h1>Data Engineer</h1>"
    b"<p>Build pipelines in Python and SQL for our analytics team, with care for quality, "
    b"testing and documentation of every data set we publish to the business.</p></main>"
    b"<aside><p>Salary: \xc2\xa355,000</p></aside></body></html>"
)


def tiny_pdf() -> bytes:
    import io

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Data Engineer posting")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/posting": (200, "text/html; charset=utf-8", POSTING),
            "/posting.pdf": (200, "application/pdf", tiny_pdf()),
            "/photo": (200, "image/png", b"\x89PNG\r\n\x1a\n"),
            "/big": (200, "text/plain", b"x" * (MB + 1)),
            "/jobs/view.php": (200, "application/octet-stream", POSTING),
        }
        if self.path in routes:
            status, content_type, body = routes[self.path]
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/stream":  # no Content-Length: the size is only known by reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"y" * 32768)
        elif self.path in ("/old", "/loop", "/to-file"):
            target = {"/old": "/posting", "/loop": "/loop", "/to-file": "file:///etc/passwd"}
            self.send_response(302)
            self.send_header("Location", target[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(1.0)
            self.send_response(200)
            self.end_headers()
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client hangs up early on purpose in the size and timeout tests


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_it_reads_a_posting_page_and_keeps_its_salary(server: str) -> None:
    document = read_url(f"{server}/posting", LOCAL)

    assert document.text == (
        "Data Engineer\n"
        "Build pipelines in Python and SQL for our analytics team, with care for quality, "
        "testing and documentation of every data set we publish to the business.\n"
        "\n"
        "Salary: £55,000"
    )
    assert (document.source_type, document.name) == ("html", f"{server}/posting")


def test_it_reads_a_pdf_served_with_a_pdf_content_type(server: str) -> None:
    document = read_url(f"{server}/posting.pdf", LOCAL)

    assert (document.text, document.source_type, document.pages) == (
        "Data Engineer posting",
        "pdf",
        1,
    )


def test_it_follows_a_redirect(server: str) -> None:
    assert read_url(f"{server}/old", LOCAL).text.startswith("Data Engineer\nBuild pipelines")


def test_it_refuses_loopback_addresses_by_default(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(f"{server}/posting")

    assert str(caught.value) == (
        "refused to fetch from '127.0.0.1': it is a private or local address "
        "(set SHORTLIST_ALLOW_PRIVATE_URLS=true to allow it)"
    )


def test_it_refuses_localhost_by_name_by_default() -> None:
    with pytest.raises(FetchError, match=r"^refused to fetch from 'localhost': it is a private"):
        read_url("http://localhost:9/")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "file:///etc/passwd",
            "only http and https links can be fetched, not 'file://': file:///etc/passwd",
        ),
        (
            "ftp://example.com/job.txt",
            "only http and https links can be fetched, not 'ftp://': ftp://example.com/job.txt",
        ),
    ],
)
def test_it_refuses_schemes_other_than_http_and_https(url: str, expected: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(url, LOCAL)

    assert str(caught.value) == expected


def test_it_checks_the_scheme_of_every_redirect_hop(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(f"{server}/to-file", LOCAL)

    assert str(caught.value) == (
        "only http and https links can be fetched, not 'file://': file:///etc/passwd"
    )


def test_it_gives_up_after_five_redirects(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(f"{server}/loop", LOCAL)

    assert str(caught.value) == f"{server}/loop redirected more than 5 times; open it in a browser"


def test_it_reports_the_http_status_of_a_missing_page(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(f"{server}/missing", LOCAL)

    assert str(caught.value) == (
        f"{server}/missing answered 404 Not Found; check the link, or save the page and "
        "upload the file"
    )


def test_it_refuses_a_body_whose_declared_length_is_over_the_limit(server: str) -> None:
    with pytest.raises(TooLarge) as caught:
        read_url(f"{server}/big", Limits(allow_private_urls=True, fetch_max_bytes=MB))

    assert str(caught.value) == (
        f"{server}/big is 1.000001 MB; the limit is 1 MB (SHORTLIST_FETCH_MAX_MB)"
    )


def test_it_stops_reading_a_body_of_unknown_length_at_the_limit(server: str) -> None:
    with pytest.raises(TooLarge) as caught:
        read_url(f"{server}/stream", Limits(allow_private_urls=True, fetch_max_bytes=MB // 2))

    assert str(caught.value) == (
        f"{server}/stream is larger than the limit of 0.5 MB (SHORTLIST_FETCH_MAX_MB)"
    )


def test_it_refuses_a_content_type_it_cannot_read(server: str) -> None:
    with pytest.raises(UnsupportedType) as caught:
        read_url(f"{server}/photo", LOCAL)

    assert str(caught.value) == (
        f"{server}/photo returned 'image/png', not a web page, text, PDF or DOCX; "
        "link to the posting itself or save it and upload the file"
    )


def test_it_times_out_on_a_server_that_does_not_answer(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        read_url(f"{server}/slow", Limits(allow_private_urls=True, fetch_timeout_s=0.2))

    assert str(caught.value) == (
        f"fetching {server}/slow took longer than 0.2 s (SHORTLIST_FETCH_TIMEOUT_S); "
        "try again, or save the page and upload the file"
    )


def test_it_asks_for_a_full_link_when_the_scheme_is_missing() -> None:
    with pytest.raises(FetchError) as caught:
        read_url("example.com/jobs/42", LOCAL)

    assert str(caught.value) == "'example.com/jobs/42' is not a full link; start it with https://"


def test_it_reports_a_refused_connection_on_one_line() -> None:
    with pytest.raises(FetchError) as caught:
        read_url("http://127.0.0.1:9/", LOCAL)

    assert str(caught.value).startswith("could not fetch http://127.0.0.1:9/: ")
    assert "\n" not in str(caught.value)


def test_a_page_served_without_a_type_is_read_by_its_bytes_not_its_address(server: str) -> None:
    document = read_url(f"{server}/jobs/view.php", LOCAL)
    assert document.source_type == "html"
    assert document.text.startswith("Data Engineer\n")


# Addresses are judged without the network: the literal is all getaddrinfo needs.
REFUSED = [
    # IPv4 itself: loopback, private, link-local (cloud metadata), shared, this host,
    # multicast, reserved, broadcast.
    "127.0.0.1",
    "10.0.0.1",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    # IPv6 itself: loopback, unspecified, link-local, unique local, multicast,
    # documentation, unassigned reserved space.
    "::1",
    "::",
    "fe80::1",
    "fd12:3456::1",
    "ff02::1",
    "2001:db8::1",
    "4000::1",
    # IPv4-mapped: judged by the IPv4 address.
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    # IPv4-compatible (deprecated): refused whatever it carries.
    "::127.0.0.1",
    "::10.0.0.1",
    "::169.254.169.254",
    "::8.8.8.8",
    # 6to4: refused whatever it carries.
    "2002:7f00:1::1",
    "2002:a00:1::1",
    "2002:c0a8:101::1",
    "2002:a9fe:a9fe::1",
    "2002:808:808::1",
    # NAT64 well-known prefix: judged by the IPv4 address in its last 32 bits.
    "64:ff9b::a9fe:a9fe",
    "64:ff9b::7f00:1",
    "64:ff9b::a00:1",
    "64:ff9b::c0a8:101",
    "64:ff9b::6440:1",
    "64:ff9b::",
    # NAT64 local-use prefix: a translator inside the local network, refused always.
    "64:ff9b:1::a9fe:a9fe",
    "64:ff9b:1::7f00:1",
    "64:ff9b:1::808:808",
    # Teredo: server 65.54.227.120, clients (obfuscated) 127.0.0.1, 192.168.1.1 and
    # the public 8.8.8.8, all refused.
    "2001:0:4136:e378:8000:63bf:80ff:fffe",
    "2001:0:4136:e378:8000:63bf:3f57:fefe",
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7",
]
ALLOWED = [
    "8.8.8.8",
    "93.184.215.14",
    "2001:4860:4860::8888",
    "2a00:1450:4009:81e::200e",
    "::ffff:8.8.8.8",
    # What DNS64 answers for an IPv4-only site on an IPv6-only network.
    "64:ff9b::808:808",
    "64:ff9b::5db8:d70e",
]


@pytest.mark.parametrize("address", REFUSED)
def test_an_address_that_reaches_inside_the_network_is_refused(address: str) -> None:
    with pytest.raises(FetchError) as caught:
        _checked_address(address, 80, Limits())

    assert str(caught.value) == (
        f"refused to fetch from '{address}': it is a private or local address "
        "(set SHORTLIST_ALLOW_PRIVATE_URLS=true to allow it)"
    )


@pytest.mark.parametrize("address", ALLOWED)
def test_a_public_address_is_allowed(address: str) -> None:
    assert _checked_address(address, 80, Limits()) == str(ipaddress.ip_address(address))


def test_the_teredo_samples_carry_the_clients_they_claim() -> None:
    # Guards the hand-written Teredo literals above: the client address is stored
    # inverted, so a typo would silently test some other address.
    clients = [ipaddress.IPv6Address(a).teredo for a in REFUSED if a.startswith("2001:0:")]
    assert [str(pair[1]) for pair in clients if pair] == ["127.0.0.1", "192.168.1.1", "8.8.8.8"]


@pytest.mark.parametrize("host", ["::127.0.0.1", "2002:7f00:1::1", "64:ff9b::7f00:1"])
def test_a_link_to_a_transition_address_of_loopback_is_refused_before_connecting(
    host: str,
) -> None:
    with pytest.raises(FetchError, match=rf"^refused to fetch from '{host}': it is a private"):
        read_url(f"http://[{host}]:9/posting")


def test_allowing_private_urls_lets_a_transition_address_through() -> None:
    assert _checked_address("2002:7f00:1::1", 80, LOCAL) == "2002:7f00:1::1"
