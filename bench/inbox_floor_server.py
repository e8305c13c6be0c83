"""The inbox bench's second floor: a bare ASGI app on the same uvicorn as ``msu-agency serve``
that only receives each body and keeps it the way the inbox must (temporary file, fsync, rename
to its SHA-256, folder flushed) and answers 201 -- no checks, no index, no receipt. What
``msu-agency serve`` spends beyond this is its own work (verify, check, registry, index, sign).

``python -m bench.inbox_floor_server FOLDER`` prints its URL and serves until terminated."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import sys
from pathlib import Path
from typing import Any


def app_for(folder: Path) -> Any:
    folder.mkdir(parents=True, exist_ok=True)

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        digest = hashlib.sha256()
        tmp = folder / f"{secrets.token_hex(8)}.part"
        with open(tmp, "wb") as fh:
            more = True
            while more:
                message = await receive()
                chunk = message.get("body", b"")
                digest.update(chunk)
                fh.write(chunk)
                more = message.get("more_body", False)
            fh.flush()
            os.fsync(fh.fileno())
        sha = digest.hexdigest()
        os.replace(tmp, folder / f"{sha}.msupkg")
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        body = json.dumps({"status": "received", "package_sha256": sha}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 201,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    import uvicorn

    config = uvicorn.Config(
        app_for(Path(sys.argv[1])),
        host="127.0.0.1",
        port=0,
        log_level="warning",
        access_log=False,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    original = server.startup

    async def startup(sockets: Any = None) -> None:
        await original(sockets)
        port = server.servers[0].sockets[0].getsockname()[1]
        print(f"http://127.0.0.1:{port}/", flush=True)

    server.startup = startup  # type: ignore[method-assign]
    server.run()


if __name__ == "__main__":
    main()
