"""The demo PKI server, labelled DEMO (not valid outside the demo): on loopback, in a thread of
the demo's central service, it publishes the demo root's CRL (`GET /root.crl`, made fresh on
each request) and answers RFC 3161 time-stamp requests (`POST /tsa`) with pyHanko's local
time-stamper and the demo TSA certificate, so the demo's agreements are sealed as PAdES B-LT
like a real office's."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from asn1crypto import keys, tsp  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from central.evidence.demo_pki import DemoPki

log = logging.getLogger(__name__)
MAX_REQUEST = 64 * 1024


def _der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)


class _Pki:
    """What the handler needs: the root (for the CRL) and the local time-stamper."""

    def __init__(self, pki: DemoPki) -> None:
        self.root = x509.load_pem_x509_certificate(pki.root_cert.read_bytes())
        root_key = serialization.load_pem_private_key(pki.root_key.read_bytes(), password=None)
        assert isinstance(root_key, ec.EllipticCurvePrivateKey)
        self.root_key = root_key
        tsa_key = serialization.load_pem_private_key(pki.tsa_key.read_bytes(), password=None)
        key_der = tsa_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self.stamper = DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(_der(pki.tsa_cert.read_bytes())),
            tsa_key=keys.PrivateKeyInfo.load(key_der),
            certs_to_embed=None,
        )

    def crl(self) -> bytes:
        now = datetime.now(UTC)
        crl = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.root.subject)
            .last_update(now - timedelta(minutes=5))
            .next_update(now + timedelta(days=1))
            .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.root_key.public_key()),
                critical=False,
            )
            .sign(self.root_key, hashes.SHA256())
        )
        return crl.public_bytes(serialization.Encoding.DER)

    def stamp(self, request: bytes) -> bytes:
        answer = self.stamper.request_tsa_response(tsp.TimeStampReq.load(request))
        der: bytes = answer.dump()
        return der


def _handler(pki: _Pki) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            if self.path == "/root.crl":
                self._send(200, "application/pkix-crl", pki.crl())
            else:
                self._send(404, "text/plain", b"the demo PKI serves /root.crl and POST /tsa\n")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if self.path != "/tsa" or not 0 < length <= MAX_REQUEST:
                self._send(400, "text/plain", b"POST an RFC 3161 request to /tsa\n")
                return
            try:
                answer = pki.stamp(self.rfile.read(length))
            except ValueError as err:
                self._send(400, "text/plain", f"not an RFC 3161 request: {err}\n".encode())
                return
            self._send(200, "application/timestamp-reply", answer)

        def log_message(self, format: str, *args: object) -> None:
            log.debug("demo PKI: " + format, *args)

    return Handler


class DemoPkiServer:
    """The server on 127.0.0.1:`port`, in a daemon thread; a context manager."""

    def __init__(self, pki: DemoPki, port: int) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", port), _handler(_Pki(pki)))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="demo-pki", daemon=True
        )

    def __enter__(self) -> DemoPkiServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
