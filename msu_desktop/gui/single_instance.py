"""One running copy per data directory: a second start brings the first window to the front."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    key = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    return f"msu-desktop-{user}-{key}"


def notify_running(data_dir: Path, timeout_ms: int = 500) -> bool:
    """True when another copy is running (and has been asked to show itself)."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(data_dir))
    if not sock.waitForConnected(timeout_ms):
        return False
    sock.write(b"activate\n")
    sock.flush()
    sock.waitForBytesWritten(timeout_ms)
    sock.disconnectFromServer()
    return True


class InstanceServer(QObject):
    activate_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # stale socket from a crashed copy
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))

    def _read(self, conn: QLocalSocket) -> None:
        if b"activate" in bytes(conn.readAll().data()):
            self.activate_requested.emit()
        conn.disconnectFromServer()


INSTALLER_MUTEX = "MSUDesktop.Running"  # AppMutex in packaging/windows/msu-desktop.iss
_held: list[int] = []


def hold_installer_mutex() -> None:
    """On Windows, a named mutex held while the window is open: the installer and the
    uninstaller see it and ask the user to close the program before replacing its files."""
    if sys.platform != "win32":
        return
    import ctypes

    create = ctypes.windll.kernel32.CreateMutexW
    create.restype = ctypes.c_void_p
    handle = create(None, False, INSTALLER_MUTEX)
    if handle:
        _held.append(handle)  # released by Windows when the process ends
