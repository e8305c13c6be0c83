"""The Windows installer script is built only on a Windows machine; what can be checked here is
checked: it agrees with the app about where the data lives, every message it shows exists in
both languages, and the Kyrgyz messages cover the pages a user reads."""

from __future__ import annotations

import re

from msu_desktop import APP_NAME, ORG_NAME
from tests.conftest import ROOT

ISS = (ROOT / "packaging" / "windows" / "msu-desktop.iss").read_text("utf-8")
ISL = (ROOT / "packaging" / "windows" / "Kyrgyz.isl").read_text("utf-8")


def test_the_data_folder_it_may_delete_is_the_apps() -> None:
    # platformdirs.user_data_dir(APP_NAME, ORG_NAME, roaming=False) on Windows
    assert f"{{localappdata}}\\{ORG_NAME}\\{APP_NAME}" in ISS


def test_per_user_install_that_keeps_the_data() -> None:
    assert "PrivilegesRequired=lowest" in ISS
    assert "DefaultDirName={localappdata}\\Programs\\" in ISS
    assert "MB_DEFBUTTON2" in ISS  # "delete my data?" defaults to No
    assert "UninstallSilent()" in ISS


def test_every_custom_message_exists_in_kyrgyz_and_russian() -> None:
    used = set(re.findall(r"CustomMessage\('(\w+)'\)", ISS)) | set(re.findall(r"\{cm:(\w+)", ISS))
    used.discard("LaunchProgram")  # Inno Setup's own, in Russian.isl and Kyrgyz.isl
    for name in used:
        for lang in ("ky", "ru"):
            assert re.search(rf"^{lang}\.{name}=\S", ISS, re.M), f"{lang}.{name}"


def test_kyrgyz_messages_cover_the_usual_pages() -> None:
    messages = dict(re.findall(r"^(\w+)=(.*)$", ISL.split("[Messages]", 1)[1], re.M))
    for key in (
        "ButtonNext",
        "ButtonInstall",
        "ButtonFinish",
        "ButtonCancel",
        "ButtonYes",
        "ButtonNo",
        "WelcomeLabel1",
        "SelectDirLabel3",
        "FinishedLabel",
        "ConfirmUninstall",
        "UninstalledAll",
    ):
        assert messages.get(key), key
    text = " ".join(messages.values())
    assert re.search("[өүң]", text)
