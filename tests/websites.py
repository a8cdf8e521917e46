"""A local web site for the web-capture tests (aiohttp on 127.0.0.1, HTTP and HTTPS with a self-signed
certificate): a listing, a redirect to it, a page that never settles, a 20 MB page, a login redirect."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

LISTING = """<!doctype html><html><head><meta charset="utf-8"><title>纯棉T恤 商品详情</title></head>
<body style="margin:0"><div style="background:#d01010;height:300px">面料：100%纯棉 100% cotton</div>
<div style="height:2400px;background:#1010d0"></div><p id="end">页面底部 bottom of the listing</p>
<script>alert("限时优惠！");</script></body></html>"""


def _self_signed(tmp: Path) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "假冒商城 fake-shop.test")])
    now = dt.datetime.now(dt.UTC)
    import ipaddress

    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    (tmp / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                    serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(tmp / "cert.pem", tmp / "key.pem")
    return ctx


@contextlib.contextmanager
def serve_test_site(tmp_path: Path) -> Iterator[dict[str, str]]:
    """http://127.0.0.1:P and https://127.0.0.1:Q serving the test pages, in a thread of their own."""
    from aiohttp import web

    big = b"<html><body>" + (b"<p>" + b"y" * 1020 + b"</p>\n") * 20_000  # ~20.6 MB

    stop = threading.Event()

    async def listing(_r):
        return web.Response(text=LISTING, content_type="text/html", headers={"X-Shop": "fake-shop"})

    async def old(_r):
        raise web.HTTPFound("/listing")

    async def hang(_r):
        while not stop.is_set():
            await asyncio.sleep(0.1)
        return web.Response(text="")

    async def never(_r):
        return web.Response(text='<html><body><p>还在加载 still loading</p><img src="/hang"></body></html>',
                            content_type="text/html")

    async def huge(_r):
        return web.Response(body=big, content_type="text/html")

    async def mixed(request):  # a page whose picture comes from another host name of this computer
        port = request.url.port
        return web.Response(text=f'<html><body><p>mixed</p><img src="http://localhost:{port}/listing"></body></html>',
                            content_type="text/html")

    async def login(_r):
        return web.Response(text='<html><body><form><input name="u"><input type="password" name="p"></form>'
                                 "</body></html>", content_type="text/html")

    async def item(_r):
        raise web.HTTPFound("/member/login.jhtml")

    app = web.Application()
    app.router.add_get("/listing", listing)
    app.router.add_get("/old-listing", old)
    app.router.add_get("/hang", hang)
    app.router.add_get("/never", never)
    app.router.add_get("/huge", huge)
    app.router.add_get("/member/login.jhtml", login)
    app.router.add_get("/item", item)
    app.router.add_get("/mixed", mixed)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    ports: dict[str, int] = {}
    ssl_ctx = _self_signed(tmp_path)

    async def start():
        runner = web.AppRunner(app, shutdown_timeout=1)
        await runner.setup()
        for name, ctx in (("http", None), ("https", ssl_ctx)):
            s = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=ctx)
            await s.start()
            ports[name] = s._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return runner

    def serve():
        asyncio.set_event_loop(loop)
        runner = loop.run_until_complete(start())
        ready.set()
        while not stop.is_set():
            loop.run_until_complete(asyncio.sleep(0.05))
        loop.run_until_complete(runner.cleanup())
        loop.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    assert ready.wait(10)
    try:
        yield {"http": f"http://127.0.0.1:{ports['http']}", "https": f"https://127.0.0.1:{ports['https']}"}
    finally:
        stop.set()
        t.join(10)
